// Lays out the timeline: a compressed time axis, a bar per entry, zoom. Reads only numeric data-
// attributes and writes positions (style, data-x) and axis labels (textContent): no markup from text.
(function () {
  "use strict";
  var page = document.getElementById("timeline");
  if (!page) { return; }
  var canvas = page.querySelector(".tl-canvas");
  var axis = page.querySelector(".tl-axis");
  var rows = Array.prototype.slice.call(page.querySelectorAll(".tl-chart .tl-entry"));
  var zoomLabel = page.querySelector(".tl-zoom-level");
  var publicationStart = parseFloat(page.getAttribute("data-publication-start"));
  var publicationEnd = parseFloat(page.getAttribute("data-publication-end"));
  var hasPublication = isFinite(publicationStart) && isFinite(publicationEnd);
  var DAY = 86400, YEAR = 365.2425 * DAY;
  var MARGIN = 150;          // room for the open ends of before/after-publication bars
  var SIDED = 120;           // length of such an open-ended bar
  var MIN_LABEL_GAP = 78;    // pixels between two labelled ticks
  var zoom = 1;

  function number(row, name) { return parseFloat(row.getAttribute(name)); }

  // Every date the timeline mentions is a stop of the axis.
  var stops = [];
  rows.forEach(function (row) {
    ["data-start", "data-end", "data-earliest", "data-latest"].forEach(function (name) {
      var value = number(row, name);
      if (isFinite(value)) { stops.push(value); }
    });
  });
  if (hasPublication) { stops.push(publicationStart, publicationEnd); }
  stops.sort(function (a, b) { return a - b; });
  stops = stops.filter(function (value, i) { return i === 0 || value !== stops[i - 1]; });

  // The stretch between two stops grows with the logarithm of its length in days.
  function gapWidth(seconds) { return 26 + 58 * Math.log10(1 + seconds / DAY); }
  var offsets = [0];
  for (var i = 1; i < stops.length; i++) {
    offsets.push(offsets[i - 1] + gapWidth(stops[i] - stops[i - 1]));
  }

  function position(seconds) {
    if (!stops.length) { return MARGIN * zoom; }
    var low = 0, high = stops.length - 1;
    if (seconds <= stops[0]) { return MARGIN * zoom; }
    if (seconds >= stops[high]) { return (MARGIN + offsets[high]) * zoom; }
    while (high - low > 1) {
      var middle = (low + high) >> 1;
      if (stops[middle] <= seconds) { low = middle; } else { high = middle; }
    }
    var share = (seconds - stops[low]) / (stops[high] - stops[low]);
    return (MARGIN + offsets[low] + share * (offsets[high] - offsets[low])) * zoom;
  }

  // Seconds since 0001-01-01 as a calendar label at the coarsest unit that states it exactly.
  var EPOCH_2000 = 63082281600;  // seconds from 0001-01-01 to 2000-01-01
  function label(seconds) {
    var moment = new Date(Date.UTC(2000, 0, 1) + (seconds - EPOCH_2000) * 1000);
    var year = String(moment.getUTCFullYear()).padStart(4, "0");
    var month = String(moment.getUTCMonth() + 1).padStart(2, "0");
    var day = String(moment.getUTCDate()).padStart(2, "0");
    var hour = moment.getUTCHours(), minute = moment.getUTCMinutes();
    if (hour || minute) {
      return year + "-" + month + "-" + day + " " + String(hour).padStart(2, "0") + ":" + String(minute).padStart(2, "0");
    }
    if (month === "01" && day === "01") { return year; }
    if (day === "01") { return year + "-" + month; }
    return year + "-" + month + "-" + day;
  }

  function tick(x, text, extraClass) {
    var element = document.createElement("div");
    element.className = "tl-tick" + (extraClass ? " " + extraClass : "");
    element.style.left = x + "px";
    var caption = document.createElement("span");
    caption.className = "tl-tick-label";
    caption.textContent = text;
    element.appendChild(caption);
    axis.appendChild(element);
    return element;
  }

  function layout() {
    var width = (2 * MARGIN + (offsets.length ? offsets[offsets.length - 1] : 0)) * zoom;
    axis.style.width = width + "px";
    axis.style.minWidth = width + "px";
    axis.textContent = "";
    var lastLabelled = -Infinity;
    stops.forEach(function (stop, i) {
      var x = position(stop);
      var quiet = x - lastLabelled < MIN_LABEL_GAP;
      tick(x, label(stop), quiet ? "tl-quiet" : "");
      if (!quiet) { lastLabelled = x; }
      if (i > 0 && stop - stops[i - 1] > YEAR) {
        var gap = document.createElement("span");
        gap.className = "tl-break";
        gap.textContent = "\u22ef";
        gap.title = "compressed: " + Math.round((stop - stops[i - 1]) / YEAR) + " years";
        gap.style.left = (x + position(stops[i - 1])) / 2 + "px";
        axis.appendChild(gap);
      }
    });
    if (hasPublication) {
      tick(position(publicationStart), "published", "tl-publication-tick");
    }
    rows.forEach(function (row) {
      var track = row.querySelector(".tl-track");
      var bar = row.querySelector(".tl-bar");
      track.style.width = width + "px";
      track.style.minWidth = width + "px";
      var start = number(row, "data-start"), end = number(row, "data-end");
      var earliest = number(row, "data-earliest"), latest = number(row, "data-latest");
      var left, right, x;
      if (isFinite(start) && isFinite(end)) {
        left = position(start);
        right = position(end);
        x = left;
      } else if (isFinite(earliest) && isFinite(latest)) {
        // Known only to lie between two moments: a bar over the whole stretch, drawn open.
        left = position(earliest);
        right = position(latest);
        x = right;
      } else if (isFinite(latest)) {
        right = position(latest);
        left = right - SIDED * Math.max(zoom, 0.5);
        x = right;
      } else {
        left = position(earliest);
        right = left + SIDED * Math.max(zoom, 0.5);
        x = left;
      }
      row.setAttribute("data-x", String(Math.round(x * 100) / 100));
      bar.style.left = left + "px";
      bar.style.width = Math.max(right - left, 8) + "px";
    });
    var line = page.querySelector(".tl-publication-line");
    if (hasPublication) {
      if (!line) {
        line = document.createElement("div");
        line.className = "tl-publication-line";
        canvas.appendChild(line);
      }
      line.style.left = (page.querySelector(".tl-axis-corner").offsetWidth + position(publicationStart)) + "px";
    }
    zoomLabel.textContent = Math.round(zoom * 100) + "%";
    page.setAttribute("data-laid-out", "true");
  }

  function setZoom(value) {
    zoom = Math.min(Math.max(value, 0.25), 16);
    layout();
  }

  function fitting() {
    var available = page.querySelector(".tl-scroll").clientWidth - page.querySelector(".tl-axis-corner").offsetWidth;
    var natural = 2 * MARGIN + (offsets.length ? offsets[offsets.length - 1] : 0);
    return available > 0 && natural > 0 ? available / natural : 1;
  }

  page.querySelector(".tl-zoom").addEventListener("click", function (event) {
    var action = event.target.getAttribute && event.target.getAttribute("data-zoom");
    if (action === "in") { setZoom(zoom * 1.5); }
    if (action === "out") { setZoom(zoom / 1.5); }
    if (action === "fit") { setZoom(fitting()); }
  });
  page.querySelector(".tl-scroll").addEventListener("wheel", function (event) {
    if (!event.ctrlKey) { return; }
    event.preventDefault();
    setZoom(zoom * (event.deltaY < 0 ? 1.2 : 1 / 1.2));
  }, { passive: false });

  // Start at the zoom the address asks for (page.html#zoom=2), else fitted to the window but never so
  // squeezed that neighbouring days merge.
  var asked = /(?:^#|&)zoom=([0-9.]+)/.exec(window.location.hash);
  setZoom(asked ? parseFloat(asked[1]) : Math.min(Math.max(fitting(), 0.6), 3));
}());
