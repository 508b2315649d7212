/*
 * Timeline: on wide screens, where the steps form a row that scrolls sideways, bring the current
 * step into view on load. Progressive enhancement only: without this script the timeline reads
 * and scrolls the same, it just starts at the first step. The page itself is never scrolled.
 */
(function () {
  "use strict";

  var wide = window.matchMedia("(min-width: 48rem)");
  var EDGE = 24; // pixels left free before the first step shown, so the edge shadow hides nothing

  function revealCurrentStep(scroller) {
    var current = scroller.querySelector('[aria-current="step"]');
    if (!current) {
      return;
    }
    var stepEnd = current.offsetLeft + current.offsetWidth;
    if (stepEnd <= scroller.clientWidth) {
      return; // already visible from the start
    }
    // Keep the step before the current one in sight, so the reader sees where we come from.
    var previous = current.previousElementSibling;
    var left = previous ? previous.offsetLeft : current.offsetLeft;
    if (stepEnd - left > scroller.clientWidth) {
      left = stepEnd - scroller.clientWidth;
    }
    scroller.scrollLeft = Math.max(0, left - EDGE);
  }

  function revealAll() {
    if (!wide.matches) {
      return;
    }
    document.querySelectorAll(".timeline__scroller").forEach(revealCurrentStep);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", revealAll);
  } else {
    revealAll();
  }
})();
