/* dipex review page: keyboard-first checking and correcting of extracted records.
 * No framework, no network beyond this app. Every write sends the CSRF token of the page and
 * the annotator name kept in localStorage (asked once). */
(function () {
  "use strict";

  const ANNOTATOR_KEY = "dipex-annotator";
  const FLASH_KEY = "dipex-flash";
  const csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  const dataEl = document.getElementById("review-data");
  const data = dataEl ? JSON.parse(dataEl.textContent) : { defaultAnnotator: "" };
  const form = document.getElementById("review-form");
  const toastEl = document.getElementById("toast");
  const dialog = document.getElementById("annotator-dialog");
  const nameButton = document.getElementById("annotator-name");
  let toastTimer = null;
  let busy = false;

  // ------------------------------------------------------------------ messages
  function toast(message, kind) {
    toastEl.textContent = message;
    toastEl.className = "show " + (kind || "info");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toastEl.className = ""; }, kind === "error" ? 8000 : 3500);
  }
  function flashNext(message) { sessionStorage.setItem(FLASH_KEY, message); }
  const flashed = sessionStorage.getItem(FLASH_KEY);
  if (flashed) { sessionStorage.removeItem(FLASH_KEY); toast(flashed, "ok"); }

  // ------------------------------------------------------------------ annotator
  function annotator() { return localStorage.getItem(ANNOTATOR_KEY) || ""; }
  function showAnnotator() { nameButton.textContent = annotator() || "— (click to set)"; }
  function askAnnotator() {
    return new Promise((resolve) => {
      const input = document.getElementById("annotator-input");
      input.value = annotator();
      dialog.returnValue = "";
      dialog.showModal();
      input.focus();
      dialog.addEventListener("close", function done() {
        dialog.removeEventListener("close", done);
        const name = input.value.trim().replace(/\s+/g, " ");
        if (name) { localStorage.setItem(ANNOTATOR_KEY, name); }
        showAnnotator();
        resolve(annotator());
      });
    });
  }
  async function ensureAnnotator() { return annotator() || askAnnotator(); }
  if (!annotator() && data.defaultAnnotator) { localStorage.setItem(ANNOTATOR_KEY, data.defaultAnnotator); }
  showAnnotator();
  nameButton.addEventListener("click", askAnnotator);
  if (!annotator() && form) { askAnnotator(); }

  if (!form) { return; } // the queue page needs nothing more

  // ------------------------------------------------------------------ form values
  const fieldEls = Array.from(form.querySelectorAll(".field[data-field]"));
  const fieldEl = (name) => form.querySelector(`.field[data-field="${name}"]`);

  function readField(el) {
    const kind = el.dataset.kind;
    if (kind === "bool") {
      const v = el.querySelector("select").value;
      return v === "" ? null : v === "yes";
    }
    if (kind === "multi") {
      return Array.from(el.querySelectorAll("input[type=checkbox]:checked")).map((c) => c.value);
    }
    if (kind === "contacts") {
      return Array.from(el.querySelectorAll(".contact-row")).map((row) => {
        const party = row.querySelector(".c-party");
        const contact = {
          name: row.querySelector(".c-name").value.trim().replace(/\s+/g, " "),
          kind: row.querySelector(".c-kind").value,
          party: party.value.trim(),
        };
        if (party.dataset.partyId && party.value.trim() === party.dataset.partyText) {
          contact.party_id = party.dataset.partyId;
        }
        return contact;
      }).filter((c) => c.name);
    }
    const input = el.querySelector("input, select");
    const v = input.value.trim();
    return v === "" ? null : v;
  }

  function writeField(el, value) {
    const kind = el.dataset.kind;
    if (kind === "bool") {
      el.querySelector("select").value = value === null || value === undefined ? "" : value ? "yes" : "no";
    } else if (kind === "multi") {
      el.querySelectorAll("input[type=checkbox]").forEach((c) => { c.checked = (value || []).includes(c.value); });
    } else if (kind === "contacts") {
      el.querySelectorAll(".contact-row").forEach((row) => row.remove());
      (value || []).forEach((c) => addContact(el, c));
    } else {
      el.querySelector("input, select").value = value === null || value === undefined ? "" : value;
    }
    markDirty();
  }

  function collect() {
    const values = {};
    fieldEls.forEach((el) => { values[el.dataset.field] = readField(el); });
    return values;
  }
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  let baseline = collect();

  function changed() {
    const now = collect();
    const out = {};
    Object.keys(now).forEach((name) => { if (!same(now[name], baseline[name])) { out[name] = now[name]; } });
    return out;
  }
  function markDirty() {
    const diff = changed();
    fieldEls.forEach((el) => el.classList.toggle("changed", el.dataset.field in diff));
    document.body.classList.toggle("dirty", Object.keys(diff).length > 0);
  }
  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);

  // ------------------------------------------------------------------ contacts and parties
  function addContact(el, contact) {
    const row = document.getElementById("contact-template").content.firstElementChild.cloneNode(true);
    if (contact) {
      row.querySelector(".c-name").value = contact.name || "";
      row.querySelector(".c-kind").value = contact.kind || "other";
      const party = row.querySelector(".c-party");
      party.value = contact.party || "";
      party.dataset.partyId = contact.party_id || "";
      party.dataset.partyText = contact.party || "";
    }
    el.querySelector(".contacts").insertBefore(row, el.querySelector(".add-contact"));
    return row;
  }
  form.addEventListener("click", (event) => {
    const target = event.target;
    if (target.classList.contains("add-contact")) {
      const row = addContact(target.closest(".field"));
      row.querySelector(".c-name").focus();
      markDirty();
    } else if (target.classList.contains("remove-contact")) {
      target.closest(".contact-row").remove();
      markDirty();
    } else if (target.classList.contains("use-value")) {
      writeField(fieldEl(target.dataset.field), JSON.parse(target.dataset.value));
      toast(`${target.dataset.field}: value taken; press "Adjudicate" to decide`, "info");
    }
  });
  const partyList = document.getElementById("party-options");
  let partyTimer = null;
  let partyChoices = {};
  form.addEventListener("input", (event) => {
    const input = event.target;
    if (!input.classList.contains("c-party")) { return; }
    const picked = partyChoices[input.value];
    if (picked) { input.dataset.partyId = picked.id; input.dataset.partyText = input.value; }
    clearTimeout(partyTimer);
    partyTimer = setTimeout(async () => {
      const response = await fetch(`${data.partiesUrl}?q=${encodeURIComponent(input.value)}`,
        { credentials: "same-origin" });
      if (!response.ok) { return; }
      const parties = await response.json();
      partyChoices = {};
      partyList.replaceChildren(...parties.map((p) => {
        const option = document.createElement("option");
        option.value = p.label;
        partyChoices[p.label] = p;
        return option;
      }));
    }, 120);
  });

  // ------------------------------------------------------------------ evidence
  const textEl = document.getElementById("release-text");
  function showEvidence(name, on) {
    document.querySelectorAll("mark.ev").forEach((mark) => {
      const fields = (mark.dataset.fields || "").split(" ");
      mark.classList.toggle("focus", on && fields.includes(name));
    });
    if (on && textEl) {
      const first = textEl.querySelector("mark.ev.focus");
      if (first) { first.scrollIntoView({ block: "nearest" }); }
    }
  }
  form.addEventListener("focusin", (e) => {
    const el = e.target.closest(".field");
    if (el) { showEvidence(el.dataset.field, true); }
  });
  form.addEventListener("focusout", (e) => {
    const el = e.target.closest(".field");
    if (el) { showEvidence(el.dataset.field, false); }
  });
  fieldEls.forEach((el) => {
    el.addEventListener("mouseenter", () => showEvidence(el.dataset.field, true));
    el.addEventListener("mouseleave", () => {
      const focused = document.activeElement && document.activeElement.closest(".field");
      showEvidence(focused ? focused.dataset.field : "", Boolean(focused));
    });
  });
  document.querySelectorAll(".legend .chip").forEach((chip) => {
    chip.addEventListener("mouseenter", () => showEvidence(chip.dataset.fields, true));
    chip.addEventListener("mouseleave", () => showEvidence(chip.dataset.fields, false));
  });
  const archiveInline = document.getElementById("archive-inline");
  if (archiveInline) {
    archiveInline.addEventListener("toggle", () => {
      const frame = archiveInline.querySelector("iframe");
      if (archiveInline.open && !frame.src) { frame.src = frame.dataset.src; }
    });
  }

  // ------------------------------------------------------------------ writes
  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    });
    let answer = {};
    try { answer = await response.json(); } catch (e) { answer = { error: response.statusText }; }
    return { ok: response.ok && answer.ok, answer };
  }

  function showErrors(errors) {
    fieldEls.forEach((el) => {
      const message = (errors || {})[el.dataset.field];
      el.classList.toggle("invalid", Boolean(message));
      el.querySelector(".error-text").textContent = message || "";
    });
  }

  async function save(mode) {
    if (busy) { return; }
    const who = await ensureAnnotator();
    if (!who) { toast("No annotator name: nothing saved", "error"); return; }
    let values = changed();
    if (mode === "adjudicate") {
      const now = collect();
      values = {};
      document.querySelectorAll(".dispute").forEach((d) => { values[d.dataset.field] = now[d.dataset.field]; });
    }
    if (mode === "save" && Object.keys(values).length === 0) {
      toast("Nothing changed. Press a to accept the record as it is.", "info");
      return;
    }
    busy = true;
    try {
      const { ok, answer } = await post(data.saveUrl, { key: data.key, annotator: who, mode, values });
      if (!ok) {
        showErrors(answer.errors);
        toast(`Not saved: ${answer.error || "error"}`, "error");
        return;
      }
      showErrors({});
      baseline = collect();
      markDirty();
      const what = { accept: "Accepted", adjudicate: "Adjudicated", save: "Saved" }[mode];
      flashNext(`${what}: ${answer.written} label(s) by ${who}. Press u to undo.`);
      if (mode === "accept" && data.next) { window.location.href = data.next; } else { window.location.reload(); }
    } catch (error) {
      toast(`Not saved: ${error}`, "error");
    } finally {
      busy = false;
    }
  }

  async function undo() {
    if (busy) { return; }
    const who = await ensureAnnotator();
    if (!who) { return; }
    busy = true;
    try {
      const { ok, answer } = await post(data.undoUrl, { key: data.key, annotator: who });
      if (!ok) { toast(`Undo failed: ${answer.error || "error"}`, "error"); return; }
      if (!answer.undone) { toast(`Nothing of ${who} to undo on this record.`, "info"); return; }
      flashNext(`Undone: ${answer.fields.join(", ")} restored.`);
      window.location.reload();
    } finally {
      busy = false;
    }
  }

  // Leaving with unsaved changes takes the same key twice: the first press warns and names
  // the key, the second leaves. Any other key, or another change, cancels the warning.
  let pendingLeave = null;
  function go(url, label, key) {
    if (!url) { toast(`No ${label} record in this view.`, "info"); return; }
    if (Object.keys(changed()).length && pendingLeave !== key) {
      pendingLeave = key;
      const name = key.startsWith("Arrow") ? (key === "ArrowRight" ? "→" : "←") : key;
      toast(`Unsaved changes: press s to save them, or ${name} again to leave without saving.`, "error");
      return;
    }
    pendingLeave = null;
    window.location.href = url;
  }
  form.addEventListener("input", () => { pendingLeave = null; });
  form.addEventListener("change", () => { pendingLeave = null; });

  function toggleContent() {
    const el = fieldEl("content");
    if (!el) { toast("This record has no content field.", "info"); return; }
    const select = el.querySelector("select");
    select.value = select.value === "daily interaction" ? "knowledge exchange" : "daily interaction";
    markDirty();
    toast(`content: ${select.value} (press s to save)`, "info");
  }

  document.getElementById("accept").addEventListener("click", () => save("accept"));
  document.getElementById("save").addEventListener("click", () => save("save"));
  document.getElementById("undo").addEventListener("click", undo);
  const adjudicateButton = document.getElementById("adjudicate");
  if (adjudicateButton) {
    const involved = () => Array.from(document.querySelectorAll(".dispute"))
      .filter((d) => d.dataset.annotators.split("|").includes(annotator()))
      .map((d) => d.dataset.field);
    const note = document.getElementById("adjudicate-note");
    const refresh = () => {
      const mine = involved();
      adjudicateButton.disabled = mine.length > 0;
      note.textContent = mine.length ? `You labelled ${mine.join(", ")}: a third annotator adjudicates.` : "";
    };
    refresh();
    nameButton.addEventListener("click", () => setTimeout(refresh, 0));
    dialog.addEventListener("close", refresh);
    adjudicateButton.addEventListener("click", () => save("adjudicate"));
  }

  // ------------------------------------------------------------------ keyboard
  // Shortcuts work whatever has focus, except in a box where one types text (there Esc
  // leaves the box). A drop-down never takes letters: the browser's type-ahead would change
  // its value by accident (a mouse pick leaves focus in it, and "s" turned "meeting" into
  // "seminar"), so letters act as shortcuts there too; its value changes by mouse or ↑/↓.
  const TEXT_BOX = "input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, [contenteditable]";
  form.querySelectorAll("select").forEach((select) => {
    let byPointer = false;
    select.addEventListener("pointerdown", () => { byPointer = true; });
    select.addEventListener("change", () => {
      if (byPointer) { select.blur(); } // a mouse pick gives the keyboard back to the page
      byPointer = false;
    });
  });
  document.addEventListener("keydown", (event) => {
    if (dialog.open || event.isComposing) { return; }
    const target = event.target instanceof Element ? event.target : document.body;
    const inText = target.matches(TEXT_BOX);
    const inSelect = target.matches("select");
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      save("save");
      return;
    }
    if (event.key === "Escape" && (inText || inSelect)) { target.blur(); return; }
    if (inText || event.ctrlKey || event.metaKey || event.altKey) { return; }
    const actions = {
      a: () => save("accept"),
      s: () => save("save"),
      u: undo,
      c: toggleContent,
      j: () => go(data.next, "next", "j"),
      ArrowRight: () => go(data.next, "next", "ArrowRight"),
      k: () => go(data.prev, "previous", "k"),
      ArrowLeft: () => go(data.prev, "previous", "ArrowLeft"),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      if (!["j", "k", "ArrowRight", "ArrowLeft"].includes(event.key)) { pendingLeave = null; }
      if (inSelect) { target.blur(); }
      action();
    } else if (inSelect && event.key.length === 1) {
      event.preventDefault(); // no type-ahead: a stray letter never picks another value
    }
  });
})();
