/* Brobygger: what someone typed in a form is not lost when the server cannot save it.
 *
 * When a form with a text area is sent, its text fields are copied to sessionStorage (this
 * tab only, gone when it closes). The next page decides what happens to the copy:
 * - an error page (500, 503, a refused form token; it holds [data-draft-kept]) keeps it and
 *   says so, so going back to the form puts the text in again;
 * - any other page (the receipt, or the form shown again with its errors, which the server
 *   fills in itself) deletes it, so nothing typed about a citizen stays in the browser.
 * No inline scripts: the Content-Security-Policy forbids them.
 */
(function () {
  "use strict";
  var PREFIX = "brobygger-draft:";
  var MAX_AGE_MS = 2 * 60 * 60 * 1000;
  var FIELDS = "textarea, input[type=text], input[type=tel], input[type=email], input:not([type])";
  var store;
  try {
    store = window.sessionStorage;
    store.setItem(PREFIX + "probe", "1");
    store.removeItem(PREFIX + "probe");
  } catch (e) {
    return; // storage switched off: the forms work as before
  }

  function read(key) {
    try { return JSON.parse(store.getItem(key)); } catch (e) { return null; }
  }

  function keyFor(form) {
    var action = form.getAttribute("action") || window.location.href;
    return PREFIX + new URL(action, window.location.href).pathname;
  }

  function draftKeys() {
    var keys = [];
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key && key.indexOf(PREFIX) === 0) { keys.push(key); }
    }
    return keys;
  }

  function fresh(draft) {
    return draft && draft.values && Date.now() - draft.at < MAX_AGE_MS;
  }

  function save(form) {
    var values = {};
    form.querySelectorAll(FIELDS).forEach(function (field) {
      if (field.name && field.value && field.name !== "csrfmiddlewaretoken") {
        values[field.name] = field.value;
      }
    });
    try {
      store.setItem(keyFor(form), JSON.stringify({ at: Date.now(), kept: false, values: values }));
    } catch (e) { /* storage full: sending goes on regardless */ }
  }

  function restore(form) {
    var key = keyFor(form);
    var draft = read(key);
    if (!fresh(draft) || !draft.kept) { return; }
    form.querySelectorAll(FIELDS).forEach(function (field) {
      if (field.name && !field.value && draft.values[field.name]) {
        field.value = draft.values[field.name];
      }
    });
    store.removeItem(key);
  }

  var notices = document.querySelectorAll("[data-draft-kept]");
  if (notices.length) {
    // An error page answering the post: keep its draft for the way back.
    var key = PREFIX + window.location.pathname;
    var draft = read(key);
    if (fresh(draft)) {
      draft.kept = true;
      store.setItem(key, JSON.stringify(draft));
      notices.forEach(function (notice) { notice.hidden = false; });
    }
    return;
  }

  // A section sent with htmx that the server could not save: htmx swaps nothing, so the
  // text stays in the form; put the server's notice (data-save-failed) above it.
  document.body.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var source = event.detail.elt;
    if (!xhr || xhr.status < 500 || !source || !source.parentNode) { return; }
    var holder = document.createElement("div");
    holder.innerHTML = xhr.responseText;  // our own notice; innerHTML never runs scripts
    var notice = holder.querySelector("[data-save-failed]");
    if (!notice) { return; }
    var old = source.parentNode.querySelector("[data-save-failed]");
    if (old) { old.remove(); }
    source.parentNode.insertBefore(notice, source);
    notice.focus();
  });

  // No network at all (htmx:sendError): no answer to show, so the page's own Danish notice
  // (base.html, #send-failed-notice) goes above the form; the text stays in it.
  document.body.addEventListener("htmx:sendError", function (event) {
    var source = event.detail.elt;
    var template = document.getElementById("send-failed-notice");
    if (!source || !source.parentNode || !template) { return; }
    var notice = template.content.firstElementChild.cloneNode(true);
    var old = source.parentNode.querySelector("[data-save-failed]");
    if (old) { old.remove(); }
    source.parentNode.insertBefore(notice, source);
    notice.focus();
  });

  var forms = Array.prototype.filter.call(
    document.querySelectorAll("form[method=post], form[method=POST]"),
    function (form) { return form.querySelector("textarea") && !form.hasAttribute("data-no-draft"); }
  );
  forms.forEach(restore);
  draftKeys().forEach(function (key) {
    var draft = read(key);
    if (!fresh(draft) || !draft.kept) { store.removeItem(key); }
  });
  forms.forEach(function (form) {
    form.addEventListener("submit", function () { save(form); });
  });
})();
