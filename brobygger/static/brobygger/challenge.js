/* Public forms: solve the server's proof-of-work challenge (ALTCHA, SHA-256) in the
   background, so a person never sees it while a flood of automatic posts costs real work.
   Without JavaScript the form shows a small question instead (see the noscript block). */
(function () {
  "use strict";
  var fields = document.querySelectorAll("input.js-challenge[data-challenge]");
  if (!fields.length || !window.crypto || !window.crypto.subtle) { return; }
  var encoder = new TextEncoder();

  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = "";
    for (var i = 0; i < bytes.length; i++) { out += bytes[i].toString(16).padStart(2, "0"); }
    return out;
  }

  async function solve(challenge) {
    var batch = 500;
    for (var start = 0; start <= challenge.maxNumber; start += batch) {
      var tries = [];
      for (var n = start; n < start + batch && n <= challenge.maxNumber; n++) {
        tries.push(crypto.subtle.digest("SHA-256", encoder.encode(challenge.salt + n)));
      }
      var hashes = await Promise.all(tries);
      for (var k = 0; k < hashes.length; k++) {
        if (hex(hashes[k]) === challenge.challenge) { return start + k; }
      }
    }
    return null;
  }

  fields.forEach(function (field) {
    var challenge = JSON.parse(field.getAttribute("data-challenge"));
    var form = field.form;
    var done = solve(challenge).then(function (number) {
      if (number === null) { return; }
      field.value = btoa(JSON.stringify({
        algorithm: challenge.algorithm, challenge: challenge.challenge, number: number,
        salt: challenge.salt, signature: challenge.signature
      }));
    });
    if (form) {
      // A quick person may press "Send" before the work is done: wait for it, then send.
      form.addEventListener("submit", function (event) {
        if (field.value) { return; }
        event.preventDefault();
        done.then(function () { form.requestSubmit ? form.requestSubmit() : form.submit(); });
      });
    }
  });
})();
