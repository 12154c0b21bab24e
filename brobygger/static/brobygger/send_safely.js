/* Brobygger: a form marked data-send-safely never loses what was typed when sending fails.
 *
 * The form is sent in the background. No network, or a server error (500/503): the page stays
 * as it is, with everything typed still in the fields, and the form's [data-send-failed]
 * notice (Danish, in the template) is shown and focused; the button works again for a new try.
 * A draft copy (drafts.js, this tab only) is marked kept, so even a reload puts the text back.
 * Success follows the server: a redirect (the receipt) is opened, any other answer (the form
 * with its errors) replaces the page. Without JavaScript the form posts as usual.
 * No inline scripts: the Content-Security-Policy forbids them.
 */
(function () {
  "use strict";
  var DRAFT_PREFIX = "brobygger-draft:";

  function keepDraft(form) {
    try {
      var action = form.getAttribute("action") || window.location.href;
      var key = DRAFT_PREFIX + new URL(action, window.location.href).pathname;
      var draft = JSON.parse(window.sessionStorage.getItem(key));
      if (draft && draft.values) {
        draft.kept = true;
        draft.at = Date.now();
        window.sessionStorage.setItem(key, JSON.stringify(draft));
      }
    } catch (e) { /* no storage: the fields themselves still hold the text */ }
  }

  function failed(form, button) {
    form.removeAttribute("aria-busy");
    if (button) { button.disabled = false; }
    keepDraft(form);
    var notice = form.querySelector("[data-send-failed]") ||
      document.querySelector("[data-send-failed]");
    if (notice) {
      notice.hidden = false;
      (notice.querySelector("[role=alert]") || notice).focus();
    }
  }

  function replacePage(html) {
    document.open();
    document.write(html);
    document.close();
  }

  function sendSafely(form) {
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !window.FormData) { return; }  // an old browser posts as usual
      event.preventDefault();
      if (form.getAttribute("aria-busy") === "true") { return; }  // a double tap sends once
      var button = event.submitter || form.querySelector("[type=submit]");
      var data = new FormData(form);
      if (event.submitter && event.submitter.name) {
        data.append(event.submitter.name, event.submitter.value);
      }
      var notice = document.querySelector("[data-send-failed]");
      if (notice) { notice.hidden = true; }
      form.setAttribute("aria-busy", "true");
      if (button) { button.disabled = true; }
      fetch(form.getAttribute("action") || window.location.href, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        redirect: "follow"
      }).then(function (response) {
        if (response.status >= 500) { throw new Error("server " + response.status); }
        if (response.redirected) {
          window.location.assign(response.url);
          return null;
        }
        return response.text().then(replacePage);
      }).catch(function () { failed(form, button); });
    });
  }

  document.querySelectorAll("form[data-send-safely]").forEach(sendSafely);
})();
