"""The review page in a real browser (Debian's Chromium driven by Playwright, sync API).

Skipped only when /usr/bin/chromium is missing (CI installs it with apt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from learn.labels import Label, LabelStore

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed"
    ),
]
CUBA_URL = "http://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright  # imported here: collecting needs no browser

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, served):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    context.set_default_timeout(10_000)
    # the page may only ever talk to the app: any other request fails the test
    outside: list[str] = []
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(served.url)
            else (outside.append(route.request.url), route.abort())
        ),
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors
    assert not outside, outside


def set_annotator(page, name: str) -> None:
    page.add_init_script(f"if (window === window.top) localStorage.setItem('dipex-annotator', {name!r})")


def labels(served, **match) -> list[Label]:
    found, problems = LabelStore(served.corpus.ws.labels_dir).read()
    assert not problems
    return [lb for lb in found if all(getattr(lb, k) == v for k, v in match.items())]


def test_correct_with_the_keyboard_save_undo_and_screenshot(page, served):
    page.goto(f"{served.url}/record?key=idcpc:1001")
    dialog = page.locator("#annotator-dialog")
    expect(dialog).to_be_visible()  # asked once
    page.locator("#annotator-input").fill("ana")
    page.locator("#annotator-input").press("Enter")
    expect(dialog).to_be_hidden()
    expect(page.locator("#annotator-name")).to_have_text("ana")
    assert page.evaluate("window.pwned") is None  # the release's <script> is text, not code
    expect(page.locator("mark.ev-contacts")).to_have_count(2)

    page.keyboard.press("c")
    expect(page.locator("#in-content")).to_have_value("knowledge exchange")
    assert "changed" in page.locator("#field-content").get_attribute("class")
    page.hover("#field-country")  # shows where the country was found
    expect(page.locator("mark.ev.focus")).to_have_count(2)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
    with page.expect_navigation():
        page.keyboard.press("s")
    expect(page.locator("#toast")).to_contain_text("Saved: 1 label(s) by ana")
    [saved] = labels(served, annotator="ana")
    assert (saved.key, saved.field, saved.value) == ("idcpc:1001", "content", "knowledge exchange")
    expect(page.locator("#status")).to_have_text("reviewed")

    page.locator("#in-event_date").focus()
    page.keyboard.press("Control+a")
    page.keyboard.type("2024-03-04")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    assert labels(served, annotator="ana", field="event_date")[-1].value == "2024-03-04"
    expect(page.locator("#in-event_date")).to_have_value("2024-03-04")

    with page.expect_navigation():
        page.keyboard.press("u")
    expect(page.locator("#toast")).to_contain_text("Undone: event_date restored")
    expect(page.locator("#in-event_date")).to_have_value("2024-03-05")
    assert labels(served, annotator="ana", field="event_date") == []  # withdrawn, not overwritten
    expect(page.locator("#status")).to_have_text("reviewed")  # the content save still stands

    with page.expect_navigation():
        page.keyboard.press("u")  # the save before: the record is as the machine left it
    expect(page.locator("#toast")).to_contain_text("Undone: content restored")
    expect(page.locator("#status")).to_have_text("unreviewed")
    expect(page.locator("#in-content")).to_have_value("daily interaction")
    assert labels(served) == []  # no label in anyone's name
    trail, _ = LabelStore(served.corpus.ws.labels_dir).read_all()
    assert [lb.field for lb in trail] == ["content", "event_date", "undo", "undo"]  # append-only


def test_next_previous_and_the_unsaved_changes_guard(page, served):
    set_annotator(page, "ana")
    page.goto(f"{served.url}/")
    with page.expect_navigation():
        page.click("#start")  # the head of the queue
    expect(page.locator("#position")).to_have_text("record 1 of 4")
    page.goto(f"{served.url}/record?key=idcpc%3A1001")
    first = page.url
    with page.expect_navigation():
        page.keyboard.press("j")
    assert page.url != first
    with page.expect_navigation():
        page.keyboard.press("ArrowLeft")
    assert page.url == first
    page.keyboard.press("c")
    page.keyboard.press("ArrowRight")  # unsaved change: warned, not lost
    expect(page.locator("#toast")).to_contain_text("Unsaved changes")
    assert page.url == first
    with page.expect_navigation():
        page.keyboard.press("ArrowRight")
    assert page.url != first and labels(served) == []


def test_accept_labels_every_field_and_moves_on(page, served):
    set_annotator(page, "bo")
    page.goto(f"{served.url}/record?key=mfa:2001")
    expect(page.locator("#field-chinese_side")).to_be_visible()
    # content is reviewed on ministry records too (their rows publish a Type of content); no contacts
    expect(page.locator("#in-content")).to_have_value("daily interaction")
    expect(page.locator("#field-contacts")).to_have_count(0)
    with page.expect_navigation():
        page.keyboard.press("a")
    values = {lb.field: lb.value for lb in labels(served, annotator="bo")}
    assert values["counterpart"] == "Luiz Inacio Lula da Silva, President" and len(values) == 12
    assert values["content"] == "daily interaction"
    expect(page.locator("#toast")).to_contain_text("Accepted: 12 label(s) by bo")


def test_contact_party_is_picked_from_the_gazetteer_by_typing(page, served):
    set_annotator(page, "ana")
    page.goto(f"{served.url}/record?key=idcpc:1002")
    page.click("#field-contacts .add-contact")
    page.keyboard.type("Gleisi Hoffmann")
    page.locator("#field-contacts .contact-row").last.locator(".c-kind").select_option("party")
    party = page.locator("#field-contacts .contact-row").last.locator(".c-party")
    party.click()
    page.keyboard.type("Worker")
    page.locator("#party-options option").first.wait_for(state="attached")
    assert page.eval_on_selector("#party-options option", "o => o.value") == "Workers' Party (Brazil)"
    party.fill("Workers' Party (Brazil)")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    [label] = labels(served, annotator="ana")
    assert label.field == "contacts" and label.value[-1] == {
        "name": "Gleisi Hoffmann",
        "kind": "party",
        "party_id": "br-pt",
        "party": "Workers' Party",
    }


def test_adjudication_view(page, served):
    store = LabelStore(served.corpus.ws.labels_dir)
    store.append(
        [
            Label(url=CUBA_URL, key="idcpc:1001", field="event_type", value="meeting", annotator="alice"),
            Label(
                url=CUBA_URL,
                key="idcpc:1001",
                field="event_type",
                value="delegation_received",
                annotator="bob",
            ),
        ]
    )
    page.goto(f"{served.url}/record?key=idcpc:1001")
    page.locator("#annotator-input").fill("alice")
    page.locator("#annotator-input").press("Enter")
    expect(page.locator("#status")).to_have_text("disputed")
    expect(page.locator("#adjudicate")).to_be_disabled()  # alice labelled it: a third adjudicates
    page.evaluate("localStorage.setItem('dipex-annotator', 'carol')")
    page.reload()
    panel = page.locator("#disputes")
    expect(panel).to_contain_text("alice: meeting")
    expect(panel).to_contain_text("bob: delegation received in China")  # words, not codes
    expect(page.locator("#adjudicate")).to_be_enabled()
    page.screenshot(path=str(ARTIFACTS / "review-adjudication.png"), full_page=False)
    panel.locator("li", has_text="bob").locator("button.use-value").click()
    expect(page.locator("#in-event_type")).to_have_value("delegation_received")
    with page.expect_navigation():
        page.click("#adjudicate")
    [decision] = labels(served, annotator="carol")
    assert decision.note.startswith("adjudication") and decision.value == "delegation_received"
    expect(page.locator("#status")).to_have_text("reviewed")
    expect(page.locator("#disputes")).to_have_count(0)


def test_writes_without_the_token_are_rejected_and_archived_scripts_never_run(page, served):
    set_annotator(page, "ana")
    page.goto(f"{served.url}/record?key=idcpc:1001")
    status = page.evaluate("""async () => (await fetch('/api/save', {method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({key: 'idcpc:1001', annotator: 'ana',
                              values: {content: 'knowledge exchange'}})})).status""")
    assert status == 403 and labels(served) == []
    page.goto(f"{served.url}/archive?key=idcpc:1001")
    frame = page.frame_locator("iframe.archived")
    expect(frame.locator("body")).to_contain_text("Roberto Morales Ojeda")
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelector('iframe.archived').contentDocument") is None  # sandboxed


def test_a_drop_down_never_takes_letters_and_shortcuts_work_from_it(page, served):
    set_annotator(page, "ana")
    page.goto(f"{served.url}/record?key=idcpc:1001")
    event_type = page.locator("#in-event_type")
    received = event_type.locator("option[value=delegation_received]")
    expect(received).to_have_text("delegation received in China")  # words, not codes
    event_type.focus()
    event_type.select_option("delegation_received")  # picked; focus stays in the drop-down
    assert page.evaluate("document.activeElement.id") == "in-event_type"
    page.keyboard.press("m")  # type-ahead would pick "meeting" or "message"
    page.keyboard.press("t")
    expect(event_type).to_have_value("delegation_received")
    with page.expect_navigation():
        page.keyboard.press("s")  # a shortcut, not a jump to "seminar"
    [saved] = labels(served, annotator="ana")
    assert (saved.field, saved.value) == ("event_type", "delegation_received")
    expect(page.locator("#in-event_type")).to_have_value("delegation_received")
    page.locator("#in-content").focus()
    page.keyboard.press("c")  # the content shortcut works from inside a drop-down too
    expect(page.locator("#in-content")).to_have_value("knowledge exchange")
    page.locator("#in-country").focus()
    page.keyboard.press("s")  # in a text box a letter is text
    expect(page.locator("#in-country")).to_have_value("sCuba")
    assert len(labels(served, annotator="ana")) == 1


def test_the_same_key_twice_leaves_without_saving_and_nothing_else_does(page, served):
    set_annotator(page, "ana")
    page.goto(f"{served.url}/record?key=idcpc:1002")  # has both neighbours
    first = page.url
    content = page.locator("#in-content")
    content.focus()
    content.select_option("daily interaction")
    page.keyboard.press("j")
    expect(page.locator("#toast")).to_contain_text("press s to save them, or j again to leave without saving")
    assert page.url == first
    page.keyboard.press("k")  # another key: warned again, for that key, nothing left
    expect(page.locator("#toast")).to_contain_text("or k again")
    assert page.url == first
    page.locator("#in-relevant").select_option("no")  # another change: the warning starts over
    page.keyboard.press("j")
    assert page.url == first
    with page.expect_navigation():
        page.keyboard.press("j")  # what the warning said
    assert page.url != first and labels(served) == []


def test_chinese_text_is_drawn_with_a_cjk_font(page, served):
    """Without a CJK font Chinese shows as boxes: .ci/run installs one (Noto CJK or WenQuanYi)."""
    from nlp.records_db import RecordStore
    from nlp.schema import Record, text_sha256
    from scraper.catalog import Catalog, Release

    text = "北京3月8日电 中联部负责人今天会见了古巴共产党代表团，双方就党的建设交换了意见。"  # invented
    ws = served.corpus.ws
    url = "http://www.idcpc.org.cn/jwdt/202403/t20240308_1009.html"
    catalog = Catalog(ws.catalog_path)
    title = "中联部负责人会见古巴共产党代表团"
    catalog.put(Release(key="idcpc:1009", url=url, status="ok", source="idcpc", site="idcpc", lang="zh",
                        title=title, published="2024-03-08", text=text))
    catalog.close()
    store = RecordStore(ws.records_path)
    store.put(Record(url=url, source="idcpc", lang="zh", key="idcpc:1009", title=title,
                     published="2024-03-08", text_sha256=text_sha256(text), relevant=True,
                     country="Cuba"))
    store.close()
    set_annotator(page, "ana")
    page.goto(f"{served.url}/record?key=idcpc:1009")
    expect(page.locator("#release-text")).to_contain_text("古巴共产党")
    expect(page.locator("#archive-link")).to_have_count(0)  # no archived copy: none offered
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "#release-text"})["nodeId"]
    fonts = [f["familyName"] for f in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]
    assert any(re.search(r"CJK|WenQuanYi|Han Sans|Noto Sans SC", name) for name in fonts), fonts
    page.screenshot(path=str(ARTIFACTS / "review-chinese.png"), full_page=False)


def test_every_input_box_has_a_label(page, served):
    set_annotator(page, "ana")
    for key in ("idcpc:1001", "mfa:2001"):
        page.goto(f"{served.url}/record?key={key}")
        if key == "idcpc:1001":
            page.click("#field-contacts .add-contact")  # a new contact row is labelled too
        unlabelled = page.evaluate("""() => Array.from(document.querySelectorAll('input, select, textarea'))
            .filter((el) => el.type !== 'hidden' && !el.closest('template'))
            .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                            && !el.getAttribute('aria-labelledby'))
            .map((el) => el.outerHTML.slice(0, 120))""")
        assert unlabelled == [], (key, unlabelled)
        assert page.get_by_label("party").count() >= (1 if key == "idcpc:1001" else 0)
    page.goto(f"{served.url}/")
    assert page.evaluate("""() => Array.from(document.querySelectorAll('select'))
        .every((el) => el.labels && el.labels.length)""")
