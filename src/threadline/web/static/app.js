// The workbench's one script: small conveniences only; every page works without it.
// Loaded from this server ('self'), as the Content-Security-Policy requires.
(function () {
  "use strict";

  // Scroll each report box on a claim page so its highlighted sentence is in view.
  function showMarks() {
    document.querySelectorAll(".scroll-to-mark").forEach(function (box) {
      var hl = box.querySelector(".hl");
      if (hl) {
        box.scrollTop = Math.max(0, hl.offsetTop - box.offsetTop - 40);
      }
    });
  }

  // Ask before a review changes the knowledge base.
  function confirmReviews() {
    document.querySelectorAll("form.review-form").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        var button = event.submitter;
        var what = button && button.value ? button.value : "apply this change";
        if (form.dataset.noConfirm === "1") { return; }
        if (!window.confirm("Record '" + what + "' in the audit log?")) {
          event.preventDefault();
        }
      });
    });
  }

  // Highlight the event a report link points at (#ev-...).
  function showTarget() {
    if (location.hash.indexOf("#ev-") === 0) {
      var el = document.getElementById(location.hash.slice(1));
      if (el) { el.classList.add("hl"); el.scrollIntoView({ block: "center" }); }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    showMarks();
    confirmReviews();
    showTarget();
  });
})();
