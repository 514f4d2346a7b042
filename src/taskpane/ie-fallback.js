/**
 * The task pane's first script, inlined into taskpane.html by the build. Plain ES5 and no build step: it must run in
 * every webview Office may give the pane, Internet Explorer 11 (Trident) included.
 *
 * 1. It runs in <head>, before Office.js (which would install its own Promise), and probes whether this engine can
 *    run the bundle: not Trident nor EdgeHTML, with Promise and fetch, the syntax the built bundle uses and the
 *    built-ins it needs (SYNTAX and BUILTINS below: exactly what src/tools/bundle-features.mjs finds in the production
 *    bundle, which test/addin/build.test.ts checks on every build).
 * 2. `phulucLoad(files)`, called at the end of <body>, either loads the bundle (in order) or shows a plain message in
 *    #container, naming the engine, what it lacks and the way out, and loads nothing — but sets Office.initialize
 *    and calls Office.onReady, without which some hosts never show the pane (Office 2016/2019 volume-licensed).
 * 3. Once the bundle is loading it watches, from outside the bundle: a script that fails to load or to parse (an
 *    engine the probe let through) or a pane still on "Opening…" after START_TIMEOUT_MS gets the message too, so the
 *    pane never hangs. The bundle has its own 20 s wait for Office.js, after which it says so itself; the watch only
 *    acts while #starting is still shown, so it never replaces a pane that started.
 *
 * Globals: phulucLoad(files); phulucOldEngine (boolean); phulucEngine ({ kind, missing }); phulucEngineChecks
 * ({ syntax, builtins }: the ids probed, for the tests); phulucStartTimeoutMs (read, when a test sets it first).
 */
// Not formatted by Prettier: its trailing commas in calls are ES2017, a syntax error in Internet Explorer.
// prettier-ignore
(function (window, document) {
  "use strict";

  var userAgent = (window.navigator && window.navigator.userAgent) || "";
  var START_TIMEOUT_MS = typeof window.phulucStartTimeoutMs === "number" ? window.phulucStartTimeoutMs : 30000;

  /**
   * The syntax newer than ES2016 the production bundle uses, one snippet each, compiled with Function (a parse error
   * means the bundle cannot be parsed either). [id, English name, snippet].
   */
  var SYNTAX = [
    ["async-functions", "async functions", "return async function () { await 1; };"],
    ["object-rest-spread", "object rest/spread", "var a = { b: 1 }; var c = { ...a }; var { b, ...d } = c; return d;"],
    ["optional-catch-binding", "optional catch binding", "try { return 1; } catch { return 2; }"],
    ["optional-chaining", "optional chaining (?.)", "var o = {}; return o?.a?.[0]?.();"],
    ["nullish-coalescing", "nullish coalescing (??)", "return null ?? 1;"],
    ["regexp-unicode-property-escapes", "Unicode property escapes in regular expressions", "return /\\p{L}/u.test('a');"]
  ];

  /** The built-ins the bundle calls that an engine with the syntax above may still lack. [id, present?]. */
  function builtins() {
    return [
      ["WeakRef", typeof window.WeakRef === "function"],
      ["globalThis", typeof globalThis === "object"],
      ["queueMicrotask", typeof window.queueMicrotask === "function"],
      ["ResizeObserver", typeof window.ResizeObserver === "function"],
      ["Promise.allSettled", typeof window.Promise === "function" && typeof window.Promise.allSettled === "function"],
      ["String.prototype.matchAll", typeof String.prototype.matchAll === "function"],
      ["Object.fromEntries", typeof Object.fromEntries === "function"],
      ["Array.prototype.flatMap", typeof Array.prototype.flatMap === "function"]
    ];
  }

  function compiles(snippet) {
    try {
      new Function(snippet);
      return true;
    } catch (syntaxError) {
      return !syntaxError; // false: the engine threw
    }
  }

  /** The engine, from its name: "trident", "edgehtml", "webkit" (Safari, macOS/iPadOS), "chromium" or "other". */
  function engineKind() {
    if (/Trident\/|MSIE /.test(userAgent)) return "trident";
    if (/Edge\/\d/.test(userAgent)) return "edgehtml";
    if (/Chrome\/|Chromium\/|Edg\//.test(userAgent)) return "chromium";
    if (/AppleWebKit\//.test(userAgent)) return "webkit";
    return "other";
  }

  var kind = engineKind();
  var missing = [];
  var i;
  if (typeof window.Promise !== "function") missing.push("Promise");
  if (typeof window.fetch !== "function") missing.push("fetch");
  for (i = 0; i < SYNTAX.length; i++) if (!compiles(SYNTAX[i][2])) missing.push(SYNTAX[i][1]);
  var present = builtins();
  for (i = 0; i < present.length; i++) if (!present[i][1]) missing.push(present[i][0]);

  // Trident and EdgeHTML never run the pane (and a polyfilled Promise or fetch must not make them look able to).
  var oldEngine = kind === "trident" || kind === "edgehtml" || missing.length > 0;

  function element(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (style) node.style.cssText = style;
    return node;
  }

  /**
   * The web page's address (webpack's "web" config writes it to web/app.html beside the pane), made absolute so the
   * user can copy it into another browser.
   */
  function webPageAddress() {
    var link = document.createElement("a");
    link.href = "web/app.html";
    return link.href;
  }

  /** Which engine this is, in words: [Vietnamese, English]. */
  function engineName() {
    switch (kind) {
      case "trident":
        return ["trình duyệt cũ Internet Explorer 11", "the old Internet Explorer 11 engine"];
      case "edgehtml":
        return ["trình duyệt Microsoft Edge cũ (EdgeHTML)", "the old Microsoft Edge engine (EdgeHTML)"];
      case "webkit":
        return ["Safari (WebKit) của macOS/iPadOS, phiên bản quá cũ", "an outdated Safari (WebKit) of macOS/iPadOS"];
      case "chromium":
        return ["Microsoft Edge WebView2 (Chromium), phiên bản quá cũ", "an outdated Microsoft Edge WebView2 (Chromium)"];
      default:
        return ["một trình duyệt quá cũ", "an outdated browser engine"];
    }
  }

  /** The ways out for this engine, beyond the web page and the command line: [[Vietnamese, English], …]. */
  function enginesWayOut() {
    if (kind === "trident" || kind === "edgehtml") {
      return [[
        "Office 2016, 2019 bản bán lẻ (số phiên bản dạng «2206 (Build 15330.20264)») và Microsoft 365: cài Microsoft " +
          "Edge WebView2 Runtime (miễn phí, của Microsoft: https://developer.microsoft.com/microsoft-edge/webview2/), " +
          "cập nhật Office rồi mở lại Excel: ngăn làm việc sẽ chạy. Office 2016/2019 bản cấp phép số lượng lớn " +
          "(volume) luôn dùng Internet Explorer: dùng trang web hoặc lệnh phuluc.",
        "Office 2016 or 2019 retail (version shown as \"2206 (Build 15330.20264)\") and Microsoft 365: install the " +
          "Microsoft Edge WebView2 Runtime (free, from Microsoft: https://developer.microsoft.com/microsoft-edge/webview2/), " +
          "update Office and reopen Excel: the pane then runs. Volume-licensed Office 2016/2019 always uses Internet " +
          "Explorer: use the web page or the phuluc command line."
      ]];
    }
    if (kind === "webkit") {
      return [[
        "Cập nhật macOS hoặc iPadOS (cần Safari 14.1 trở lên: macOS 11.3, iPadOS 14.5, hoặc Safari 14.1 trên macOS 10.14–10.15) rồi mở lại Excel.",
        "Update macOS or iPadOS (Safari 14.1 or later is needed: macOS 11.3, iPadOS 14.5, or Safari 14.1 on macOS 10.14–10.15), then reopen Excel."
      ]];
    }
    return [[
      "Cập nhật Office và Microsoft Edge WebView2 Runtime rồi mở lại Excel.",
      "Update Office and the Microsoft Edge WebView2 Runtime, then reopen Excel."
    ]];
  }

  /**
   * Shows the message in #container. `why` is "engine" (the probe said no) or "failed" (the bundle did not start:
   * `detail` says how).
   */
  function showMessage(why, detail) {
    var container = document.getElementById("container") || document.body;
    while (container.firstChild) container.removeChild(container.firstChild);
    var box = element(
      "div",
      null,
      "font-family:'Segoe UI',-apple-system,Arial,sans-serif;font-size:14px;line-height:1.45;padding:12px;color:#201f1e"
    );
    box.setAttribute("role", "alert");
    box.id = "old-engine";
    box.setAttribute("data-engine", kind);
    box.setAttribute("data-why", why);
    var address = webPageAddress();
    var name = engineName();
    var ways = enginesWayOut();
    var j;

    box.appendChild(
      element("h1", "Phụ lục TT&TT chưa chạy được trong Excel này", "font-size:16px;color:#1F4E79;margin:0 0 8px")
    );
    box.appendChild(
      element(
        "p",
        why === "engine"
          ? "Excel này hiển thị phần bổ trợ bằng " + name[0] + ", không chạy được ngăn làm việc."
          : "Ngăn làm việc không khởi động được trong " + name[0] + "."
      )
    );
    box.appendChild(element("p", "Cách khắc phục:", "margin:8px 0 0"));
    var listVi = element("ul", null, "padding-left:20px;margin-top:4px");
    for (j = 0; j < ways.length; j++) listVi.appendChild(element("li", ways[j][0]));
    listVi.appendChild(
      element(
        "li",
        "Trang web Phụ lục TT&TT làm được mọi việc (chèn bảng phụ lục, điền công thức, kiểm tra): mở địa chỉ dưới " +
          "đây bằng Chrome, Edge, Firefox hoặc Safari mới, rồi chọn tệp Excel của bạn."
      )
    );
    listVi.appendChild(element("li", "Hoặc lệnh phuluc trên máy tính (xem hướng dẫn trong thư mục cài đặt)."));
    box.appendChild(listVi);

    var addressBox = element(
      "p",
      address,
      "font-family:Consolas,monospace;background:#f3f2f1;padding:6px;word-break:break-all"
    );
    addressBox.id = "web-page-address";
    box.appendChild(addressBox);

    box.appendChild(element("h2", "English", "font-size:14px;margin:12px 0 4px"));
    box.appendChild(
      element(
        "p",
        (why === "engine"
          ? "This Excel shows add-ins with " + name[1] + ", which cannot run this pane. "
          : "The pane did not start in " + name[1] + ". ") +
          ways[0][1] +
          " The Phụ lục TT&TT web page at the address above does everything (insert tables, fill formulas, check) in " +
          "Chrome, Edge, Firefox or a recent Safari; so does the phuluc command line."
      )
    );

    var technical = missing.length > 0 ? "Thiếu / missing: " + missing.join(", ") : "";
    if (detail) technical = (technical ? technical + " · " : "") + detail;
    if (technical) {
      var details = element("p", technical, "font-size:12px;color:#605e5c;word-break:break-word");
      details.id = "engine-detail";
      box.appendChild(details);
    }
    container.appendChild(box);
  }

  /**
   * Lets Office show the pane and its message: "Even if you have no start-up logic, you should either call
   * Office.onReady() or assign an empty function to Office.initialize when your add-in JavaScript loads. Some Office
   * application and platform combinations won't load the task pane until one of these happens" ("Initialize your
   * Office Add-in"). On an old engine the bundle, which would call Office.onReady, never loads; when it failed to
   * start, it may not have got that far. Both are done: initialize for the oldest Office.js, onReady for the rest.
   */
  function releasePane() {
    var office = window.Office;
    if (!office) return; // Office.js did not load: the page is shown as it is
    if (typeof office.initialize !== "function") office.initialize = function () {};
    if (typeof office.onReady === "function") office.onReady(function () {});
  }

  /** True while the pane has not replaced the "Opening…" line (its own messages replace it too). */
  function stillStarting() {
    return !!document.getElementById("starting");
  }

  /** Loads the bundle's scripts in order and watches them start; on an old engine, shows the message instead. */
  window.phulucLoad = function (files) {
    if (oldEngine) {
      showMessage("engine");
      releasePane();
      return;
    }
    var failed = false;
    function fail(detail) {
      if (failed || !stillStarting()) return;
      failed = true;
      showMessage("failed", detail);
      releasePane();
    }
    function ours(url) {
      if (!url) return false;
      for (var k = 0; k < files.length; k++) {
        var link = document.createElement("a");
        link.href = files[k];
        if (url === link.href) return true;
      }
      return false;
    }
    // A parse error in the bundle (or an exception before it renders) arrives here, not in the bundle's own handlers.
    window.addEventListener("error", function (event) {
      if (ours(event.filename)) fail((event.error && event.error.name ? event.error.name + ": " : "") + event.message);
    });
    for (var k = 0; k < files.length; k++) {
      var script = document.createElement("script");
      script.src = files[k];
      script.async = false; // keep the order of the entry's files
      script.onerror = function (event) {
        fail("không tải được / could not load " + ((event && event.target && event.target.src) || "script"));
      };
      document.body.appendChild(script);
    }
    window.setTimeout(function () {
      fail("không khởi động sau / no start after " + Math.round(START_TIMEOUT_MS / 1000) + " s");
    }, START_TIMEOUT_MS);
  };
  window.phulucOldEngine = oldEngine;
  window.phulucEngine = { kind: kind, missing: missing };
  var syntaxIds = [];
  for (i = 0; i < SYNTAX.length; i++) syntaxIds.push(SYNTAX[i][0]);
  var builtinIds = [];
  for (i = 0; i < present.length; i++) builtinIds.push(present[i][0]);
  window.phulucEngineChecks = { syntax: syntaxIds, builtins: builtinIds };
})(window, document);
