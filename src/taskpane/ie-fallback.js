/**
 * The task pane's first script, inlined into taskpane.html by the build. Plain ES5 and no build step: it must run in
 * the Internet Explorer webview of Office 2016/2019 on older Windows, where React and Fluent UI do not.
 *
 * It runs in <head>, before Office.js (which would install its own Promise), and decides whether this engine can run
 * the pane: not Trident (IE) nor EdgeHTML, with Promise, fetch, and the ES2020 syntax the bundle is compiled to.
 * Then `phulucLoad(files)`, called at the end of <body>, either loads the bundle (in order) or, on an old engine,
 * shows a plain message in #container that points to what works there instead, and loads nothing.
 */
// Not formatted by Prettier: its trailing commas in calls are ES2017, a syntax error in Internet Explorer.
// prettier-ignore
(function (window, document) {
  "use strict";

  var userAgent = (window.navigator && window.navigator.userAgent) || "";

  function modernSyntax() {
    try {
      // Optional chaining, nullish coalescing and spread: a parse error here means the bundle cannot run either.
      new Function("var o = {}; return o?.a ?? [...[1]].length;");
      return true;
    } catch (syntaxError) {
      return !syntaxError; // false: the engine threw
    }
  }

  var oldEngine =
    /Trident\/|MSIE |Edge\/\d/.test(userAgent) ||
    typeof window.Promise !== "function" ||
    typeof window.fetch !== "function" ||
    !modernSyntax();

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

  function showMessage() {
    var container = document.getElementById("container") || document.body;
    while (container.firstChild) container.removeChild(container.firstChild);
    var box = element(
      "div",
      null,
      "font-family:'Segoe UI',Arial,sans-serif;font-size:14px;line-height:1.45;padding:12px;color:#201f1e"
    );
    box.setAttribute("role", "alert");
    box.id = "old-engine";
    var address = webPageAddress();

    box.appendChild(
      element(
        "h1",
        "Phụ lục TT&TT chưa chạy được trong Excel này",
        "font-size:16px;color:#1F4E79;margin:0 0 8px"
      )
    );
    box.appendChild(
      element(
        "p",
        "Excel này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer) nên không mở được ngăn làm việc. " +
          "Bạn vẫn làm được mọi việc (chèn bảng phụ lục, điền công thức, kiểm tra) bằng một trong các cách sau:"
      )
    );
    var listVi = element("ul", null, "padding-left:20px");
    listVi.appendChild(
      element(
        "li",
        "Trang web Phụ lục TT&TT: mở địa chỉ dưới đây bằng Chrome, Edge hoặc Firefox, rồi chọn tệp Excel của bạn."
      )
    );
    listVi.appendChild(element("li", "Lệnh phuluc trên máy tính (xem hướng dẫn trong thư mục cài đặt)."));
    listVi.appendChild(
      element(
        "li",
        "Cập nhật Office (Microsoft 365, Office 2021 trở lên) để dùng phần bổ trợ ngay trong Excel."
      )
    );
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
        "This Excel shows add-ins with an old browser engine (Internet Explorer), which cannot run this pane. " +
          "You can still do everything (insert tables, fill formulas, check) with the Phụ lục TT&TT web page at the address " +
          "above, opened in Chrome, Edge or Firefox; with the phuluc command line; or by updating Office " +
          "(Microsoft 365, Office 2021 or later)."
      )
    );
    container.appendChild(box);
  }

  /** Loads the bundle's scripts in order; on an old engine, shows the message instead and loads nothing. */
  window.phulucLoad = function (files) {
    if (oldEngine) {
      showMessage();
      return;
    }
    for (var i = 0; i < files.length; i++) {
      var script = document.createElement("script");
      script.src = files[i];
      script.async = false; // keep the order of the entry's files
      document.body.appendChild(script);
    }
  };
  window.phulucOldEngine = oldEngine;
})(window, document);
