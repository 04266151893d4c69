"""The review page: a local web app where a person checks and corrects extracted records.

Every decision becomes labels in labels/ (``review.saving``); the page itself keeps no
state. It is meant for one machine: it binds 127.0.0.1 unless told otherwise, answers only
to the host names it was started for (so a web page elsewhere cannot reach it by DNS
rebinding), needs a CSRF token on every write, escapes release text, and shows archived
pages only sanitised, in a sandboxed frame, found by release key (never by a path).
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
from typing import Any
from urllib.parse import urlencode

from flask import Flask, Response, abort, jsonify, render_template, request, session, url_for
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from dipex.workspace import Workspace
from learn.labels import LabelStore
from nlp.repair import repaired
from nlp.schema import CONTACT_KINDS
from review.corpus import ARCHIVE_CSP, archived_copy, has_archived_copy, release_text
from review.fields import fields_for, words
from review.highlight import css_name, highlight
from review.queue import FILTERS, ReviewQueue, find_record, page_records
from review.saving import ACCEPT, ADJUDICATE, MODES, ReviewError, decide, describe, undo_last
from review.state import record_key, state_of
from review.vocab import Vocab, load_vocab

log = logging.getLogger(__name__)

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'self'"
)
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
PAGE_SIZE = 100
MAX_DEPTH = 6  # a save is {values: {contacts: [{name: ...}]}}: four levels
MAX_ITEMS = 5_000
MAX_KEY = 500
MAX_COMMENT = 2_000
SHORTCUTS = (
    ("a", "accept all fields as shown and go to the next record"),
    ("j / →", "next record (with unsaved changes: the same key twice leaves without saving)"),
    ("k / ←", "previous record"),
    ("c", "toggle content: daily interaction ⇄ knowledge exchange"),
    ("s / Ctrl+Enter", "save changed fields"),
    ("u", "undo your last save on this record"),
    ("Esc", "leave a text box (then shortcuts work again; in drop-downs they always do)"),
)


def create_app(
    ws: Workspace,
    annotator: str | None = None,
    *,
    allowed_hosts: set[str] | None = None,
    vocab: Vocab | None = None,
) -> Flask:
    """The review app over a workspace's records and labels.

    ``allowed_hosts``: host names the app answers to (default: loopback names; pass the
    host it is bound to, or ``{"*"}`` to answer any name when serving a network on purpose).
    """
    app = Flask(__name__)
    app.secret_key = secrets.token_bytes(32)  # new per start: old tabs just reload for a token
    app.config.update(
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_NAME="dipex_review",
        MAX_CONTENT_LENGTH=1_000_000,
        TEMPLATES_AUTO_RELOAD=False,
    )
    hosts = {h.strip("[]").lower() for h in (allowed_hosts or set())} | LOCAL_HOSTS
    store = LabelStore(ws.labels_dir)
    queue = ReviewQueue(ws, store)

    def the_vocab() -> Vocab:
        return vocab if vocab is not None else load_vocab()

    def csrf_token() -> str:
        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(32)
        return session["csrf"]

    app.jinja_env.globals.update(
        csrf_token=csrf_token,
        SHORTCUTS=SHORTCUTS,
        describe=describe,
        words=words,
        css_name=css_name,
        CONTACT_KINDS=CONTACT_KINDS,
        default_annotator=annotator or "",
    )

    @app.before_request
    def guard() -> Response | None:
        if "*" not in hosts and _host_name(request.host or "") not in hosts:
            abort(400, description="unknown host name")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            sent = request.headers.get("X-CSRF-Token", "")
            expected = session.get("csrf", "")
            if not sent or not expected or not hmac.compare_digest(sent, expected):
                return _json_error(403, "missing or wrong CSRF token: reload the page")
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        response.headers["Cache-Control"] = "no-store"
        return response

    def current_filters() -> dict[str, str]:
        return {name: request.args.get(name, "").strip() for name in FILTERS if request.args.get(name)}

    def record_url(key: str, filters: dict[str, str]) -> str:
        return url_for("record_page") + "?" + urlencode({"key": key, **filters})

    @app.get("/")
    def queue_page() -> str:
        filters = current_filters()
        try:
            page = max(1, min(1_000_000, int(request.args.get("page", "1"))))
        except ValueError:
            page = 1
        view = queue.view(filters, page, PAGE_SIZE)
        pages = max(1, -(-view.count // PAGE_SIZE))
        first = view.first_key
        return render_template(
            "queue.html",
            queue=view,
            shown=view.entries,
            filters=filters,
            page=page,
            pages=pages,
            record_url=record_url,
            FILTERS=FILTERS,
            page_size=PAGE_SIZE,
            first_url=record_url(first, filters) if first else None,
            page_url=lambda n: url_for("queue_page") + "?" + urlencode({**filters, "page": n}),
        )

    @app.get("/record")
    def record_page() -> str:
        key = request.args.get("key", "")
        filters = current_filters()
        located = queue.locate(key, filters) if len(key) <= MAX_KEY else None
        record = find_record(ws, key) if located else None
        if located is None or record is None:
            abort(404, description="no record with this key")
        entry = located.entry
        position = located.position
        prev_key, next_key = located.prev_key, located.next_key
        view_counts = queue.counts(filters)
        state = state_of(record, store.current())
        found = release_text(ws, record.key) if record.key else None
        # Evidence offsets are into the text as extraction read it: the stored copy's damage
        # (entities left as text, a mangled encoding, invisible characters) undone by nlp.repair.
        text = repaired(found.text if found and found.text else "")
        title = repaired(record.title or (found.title if found else "") or "")
        text_html, misplaced = highlight(text, record.evidence, "text")
        title_html, misplaced_title = highlight(title, record.evidence, "title")
        data = {
            "key": state.key,
            "source": record.source,
            "csrf": csrf_token(),
            "values": state.values(),
            "defaultAnnotator": annotator or "",
            "next": record_url(next_key, filters) if next_key else None,
            "prev": record_url(prev_key, filters) if prev_key else None,
            "queue": url_for("queue_page") + ("?" + urlencode(filters) if filters else ""),
            "saveUrl": url_for("save"),
            "undoUrl": url_for("undo"),
            "partiesUrl": url_for("parties"),
            "opinions": {s.field.name: [a for a, _ in s.opinions()] for s in state.disputed_fields()},
        }
        vocab = the_vocab()
        siblings = page_records(ws, record)
        first = 0 if any(r.collective for r in siblings) else 1  # a collective record is item 0
        page_items = [  # the page's other exchanges, unfiltered (a filter may hide them)
            {"key": record_key(r), "href": record_url(record_key(r), {}),
             "label": (f"the page as one record ({r.country or '—'})" if r.collective else
                       f"{r.item + first}. {r.country or '—'}: "
                       + (", ".join(c.name for c in r.contacts[:2]) or "—"))}
            for r in siblings
        ]
        return render_template(
            "record.html",
            page_items=page_items,
            page_exchanges=sum(1 for r in siblings if not r.collective),
            state=state,
            record=record,
            entry=entry,
            title_html=title_html,
            text_html=text_html,
            has_text=bool(text),
            misplaced=misplaced + misplaced_title,
            fields=fields_for(record.source),
            data=data,
            progress=view_counts,
            position=position,
            filters=filters,
            countries=vocab.countries,
            partnership_levels=vocab.partnership_levels,
            evidence_fields=sorted(record.evidence),
            has_archive=has_archived_copy(ws, record.key or ""),
            text_changed=_text_changed(record, text),
        )

    @app.get("/archive")
    def archive_page() -> str:
        key = request.args.get("key", "")
        copy = archived_copy(ws, key) if key else None
        if copy is None:
            abort(404, description="no archived copy for this key")
        return render_template(
            "archive.html",
            copy=copy,
            key=key,
            text=copy.as_text(),
            raw_url=url_for("archive_raw") + "?" + urlencode({"key": key}),
        )

    @app.get("/archive/raw")
    def archive_raw() -> Response:
        key = request.args.get("key", "")
        copy = archived_copy(ws, key) if key else None
        if copy is None:
            abort(404, description="no archived copy for this key")
        if copy.is_html:
            body, mimetype = copy.safe_html(), "text/html"
        else:
            body, mimetype = (
                copy.decoded()
                if copy.content_type.startswith("text/")
                else f"({copy.content_type or 'unknown type'}, {len(copy.body)} bytes: not shown)",
                "text/plain",
            )
        response = Response(body, mimetype=mimetype)
        response.headers["Content-Security-Policy"] = ARCHIVE_CSP
        return response

    @app.get("/api/parties")
    def parties() -> Response:
        found = the_vocab().search_parties(request.args.get("q", ""), limit=25)
        return jsonify(
            [{"id": p.id, "name": p.name, "country": p.country, "label": p.label()} for p in found]
        )

    @app.get("/api/state")
    def api_state() -> Response:
        state = _state(request.args.get("key", ""))
        return jsonify(
            {
                "key": state.key,
                "status": state.status,
                "values": state.values(),
                "disputed": {s.field.name: s.opinions() for s in state.disputed_fields()},
            }
        )

    def _state(key: Any):
        if not isinstance(key, str) or len(key) > MAX_KEY:
            abort(_json_error(400, f"key: the record's key, text of at most {MAX_KEY} characters"))
        record = find_record(ws, key) if key else None
        if record is None:
            abort(_json_error(404, "no record with this key"))
        return state_of(record, store.current())

    @app.post("/api/save")
    def save() -> Response:
        payload = _payload()
        if isinstance(payload, Response):
            return payload
        state = _state(payload.get("key"))
        mode = payload.get("mode", "save")
        values = payload.get("values") or {}
        if mode not in MODES or not isinstance(values, dict):
            return _json_error(400, f"mode one of {', '.join(MODES)}; values an object")
        comment = payload.get("comment")
        if comment is not None and (not isinstance(comment, str) or len(comment) > MAX_COMMENT):
            return _json_error(400, f"comment: text of at most {MAX_COMMENT} characters")
        try:
            saved = decide(
                store,
                state,
                payload.get("annotator"),
                values,
                mode,
                the_vocab(),
                comment=payload.get("comment"),
            )
        except ReviewError as error:
            return _json_error(400, str(error), error.errors)
        if saved.save_id:
            queue.refresh([state.key])  # its status and values in the queue now, not later
        log.info(
            "review: %s %s %d label(s) on %s (%s)",
            payload.get("annotator"),
            {ACCEPT: "accepted", ADJUDICATE: "adjudicated"}.get(mode, "saved"),
            len(saved.labels),
            state.key,
            saved.save_id,
        )
        return jsonify(
            {
                "ok": True,
                "save_id": saved.save_id,
                "written": len(saved.labels),
                "fields": [label.field for label in saved.labels],
            }
        )

    @app.post("/api/undo")
    def undo() -> Response:
        payload = _payload()
        if isinstance(payload, Response):
            return payload
        state = _state(payload.get("key"))
        try:
            undone = undo_last(store, state, payload.get("annotator"))
        except ReviewError as error:
            return _json_error(400, str(error))
        if undone.save_id:
            queue.refresh([state.key])
        return jsonify(
            {
                "ok": True,
                "undone": undone.save_id,
                "written": len(undone.labels),
                "fields": undone.fields,
            }
        )

    @app.errorhandler(404)
    @app.errorhandler(400)
    @app.errorhandler(405)
    @app.errorhandler(413)
    def not_found(error: Any) -> tuple[str, int] | Response:
        code = getattr(error, "code", 400)
        message = getattr(error, "description", "error")
        if request.path.startswith("/api/"):  # scripts get JSON, whatever went wrong
            return _json_error(code, message)
        return render_template("error.html", code=code, message=message), code

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> tuple[str, int] | Response:
        """A bug must not answer with a stack trace, nor an API call with an HTML page."""
        if isinstance(error, HTTPException):
            return error
        log.exception("review: unexpected error on %s", request.path)
        if request.path.startswith("/api/"):
            return _json_error(500, "internal error (logged); nothing was saved")
        return render_template("error.html", code=500, message="internal error (logged)"), 500

    app.jinja_env.filters["describe"] = describe
    app.jinja_env.globals["Markup"] = Markup
    return app


def _payload() -> dict[str, Any] | Response:
    """The request's JSON object, or a JSON 400 saying what is wrong with it.

    Why by hand: a body that is not UTF-8, not JSON, nested deeper than any form sends
    (a recursion bomb), or holding lone surrogates (which cannot be written to a UTF-8 label
    file) must be refused as bad input, never reach the label store or fail as a 500.
    """
    raw = request.get_data(cache=False)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _json_error(400, "the body is not UTF-8")
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError):
        return _json_error(400, "the body is not JSON")
    if not isinstance(payload, dict):
        return _json_error(400, "expected a JSON object")
    problem = _check_json(payload)
    if problem:
        return _json_error(400, problem)
    return payload


def _check_json(value: Any, depth: int = 0) -> str | None:
    """Why a decoded payload is refused (too deep, too many items, lone surrogates), else None."""
    stack = [(value, depth)]
    items = 0
    while stack:
        item, level = stack.pop()
        items += 1
        if level > MAX_DEPTH:
            return f"JSON nested deeper than {MAX_DEPTH} levels"
        if items > MAX_ITEMS:
            return f"more than {MAX_ITEMS} JSON values"
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return "text with a lone surrogate (not valid Unicode)"
        elif isinstance(item, dict):
            stack.extend((k, level + 1) for k in item)
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return None


def _json_error(status: int, message: str, errors: dict[str, str] | None = None) -> Response:
    response = jsonify({"ok": False, "error": message, "errors": errors or {}})
    response.status_code = status
    return response


def _host_name(host: str) -> str:
    """The name part of a Host header: ``127.0.0.1:8050`` → ``127.0.0.1``, ``[::1]:80`` → ``::1``."""
    if host.startswith("["):
        return host[1 : host.find("]")].lower()
    return host.rsplit(":", 1)[0].lower() if host.count(":") == 1 else host.lower()


def _text_changed(record: Any, text: str) -> bool:
    from nlp.schema import text_sha256

    return bool(text and record.text_sha256 and text_sha256(text) != record.text_sha256)
