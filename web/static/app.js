// Matchpoint's small layer of script. Every page works without it: the
// menu opens through its #nav link and the board moves a card with the
// card's own form. With script the same controls get quicker: the menu
// toggles in place, cards move by drag and drop (SortableJS) or arrow keys
// and each move is posted in the background; htmx serves the live candidate
// search of the match form. Loaded as a file from 'self' (the
// Content-Security-Policy allows no inline script); it sets no inline style.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("scripted");

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  // The phone menu: the link to #nav works without script; with script it
  // toggles the menu and says so to assistive technology.
  function menu() {
    var toggle = document.getElementById("menu-toggle");
    var nav = document.getElementById("nav");
    if (!toggle || !nav) return;
    toggle.addEventListener("click", function (e) {
      e.preventDefault();
      var open = nav.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) {
        var first = nav.querySelector("ul a");
        if (first) first.focus();
      }
    });
  }

  // A form or button with data-confirm asks before it is sent (a reject,
  // a delete). The question is the attribute's text, in the page's language.
  function confirmations() {
    document.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-confirm]");
      if (b && !window.confirm(b.getAttribute("data-confirm"))) {
        e.preventDefault();
        e.stopPropagation();
      }
    }, true);
  }

  // The vacancy board: a card per match, a column per phase.
  function board() {
    var el = document.getElementById("board");
    if (!el) return;
    var status = document.getElementById("board-status");
    var say = function (text) { if (status) status.textContent = text; };
    var columns = Array.prototype.slice.call(el.querySelectorAll(".board-col"));

    function count() {
      columns.forEach(function (col) {
        var n = col.querySelector(".board-count");
        if (n) n.textContent = col.querySelectorAll(".board-card").length;
      });
    }
    function columnOf(card) { return card.closest(".board-col"); }
    function nameOf(col) { return col.getAttribute("data-phase-name"); }

    // post sends the card's own move form to the phase of the column it is
    // in now; on refusal the card goes back where it was.
    function post(card, from, index) {
      var col = columnOf(card);
      var form = card.querySelector("form.move-form");
      var select = form.querySelector("select");
      var before = select.value;
      select.value = col.getAttribute("data-phase-id");
      card.classList.add("moving");
      var done = function (ok, message) {
        card.classList.remove("moving");
        if (ok) {
          say(el.getAttribute("data-moved").replace("{name}", card.getAttribute("data-name")).replace("{phase}", nameOf(col)));
          return;
        }
        select.value = before;
        var list = from.querySelector(".board-cards");
        list.insertBefore(card, list.children[index] || null);
        count();
        say(message || el.getAttribute("data-failed"));
      };
      var body = new FormData(form);
      body.set("phase_id", select.value);
      // The same request the form makes, marked as htmx's are, so the
      // server answers 204 or the refusal's text instead of a page.
      fetch(form.getAttribute("action"), { method: "POST", body: new URLSearchParams(body), headers: { "HX-Request": "true" }, credentials: "same-origin" })
        .then(function (res) {
          if (res.ok) { done(true); return; }
          return res.text().then(function (t) { done(false, t); });
        }, function () { done(false); });
    }

    // SortableJS in its fallback mode (pointer events rather than the
    // browser's native drag): the same on mouse, touch and under test.
    if (window.Sortable) {
      columns.forEach(function (col) {
        window.Sortable.create(col.querySelector(".board-cards"), {
          group: "board", animation: 120, ghostClass: "board-ghost", forceFallback: true, fallbackTolerance: 3, filter: "select,button,input", preventOnFilter: false,
          onEnd: function (evt) {
            if (evt.from === evt.to) return;
            count();
            post(evt.item, evt.from.closest(".board-col"), evt.oldIndex);
          }
        });
      });
    }

    // Keyboard: arrows left and right move the focused card a phase,
    // up and down go to the card above or below.
    el.addEventListener("keydown", function (e) {
      var card = e.target;
      if (!card.classList || !card.classList.contains("board-card")) return;
      var col = columnOf(card), i = columns.indexOf(col);
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        var to = columns[i + (e.key === "ArrowRight" ? 1 : -1)];
        if (!to) return;
        e.preventDefault();
        var list = col.querySelector(".board-cards");
        var index = Array.prototype.indexOf.call(list.children, card);
        to.querySelector(".board-cards").appendChild(card);
        count();
        card.focus();
        post(card, col, index);
      } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        var next = e.key === "ArrowDown" ? card.nextElementSibling : card.previousElementSibling;
        if (next) { e.preventDefault(); next.focus(); }
      }
    });

    // The card's own form (keyboard or pointer, with script): move the card
    // to the chosen column, then post.
    el.addEventListener("submit", function (e) {
      var form = e.target;
      if (!form.classList.contains("move-form")) return;
      e.preventDefault();
      e.stopPropagation();
      var card = form.closest(".board-card");
      var from = columnOf(card);
      var to = el.querySelector(".board-col[data-phase-id='" + form.querySelector("select").value + "']");
      if (!to || to === from) return;
      var index = Array.prototype.indexOf.call(from.querySelector(".board-cards").children, card);
      to.querySelector(".board-cards").appendChild(card);
      count();
      card.focus();
      post(card, from, index);
    }, true);
  }

  ready(function () {
    menu();
    confirmations();
    board();
  });
})();
