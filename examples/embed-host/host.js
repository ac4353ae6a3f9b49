// SPDX-License-Identifier: MIT
// Example host page: builds the embed (iframe + snippet) for the app named by ?app=URL.
// On a real page, write the two elements in the HTML instead (see docs/embed.md).
(function () {
  'use strict';
  var DEFAULT_APP = 'http://localhost:4173/';

  function appUrl() {
    var param = new URLSearchParams(location.search).get('app');
    try {
      var url = new URL(param || DEFAULT_APP);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch (e) {
      // fall through to the default
    }
    return new URL(DEFAULT_APP);
  }

  var app = appUrl();
  var src = new URL(app.href);
  src.searchParams.set('inbaddning', '1');

  // The snippet is served by the app, next to its index.html (Vite copies public/embed/).
  // Added before the iframe so that its listener is (almost surely) in place before the app's
  // first message. A script added by script is async anyway, so no defer here.
  var script = document.createElement('script');
  script.setAttribute('src', new URL('embed/omradeskartan-embed.js', app.href).href);
  document.head.appendChild(script);

  var iframe = document.createElement('iframe');
  iframe.setAttribute('data-omradeskartan', '');
  iframe.setAttribute('src', src.href);
  iframe.setAttribute('title', 'Områdeskartan – Malmös 14 områden');
  iframe.setAttribute('width', '100%');
  iframe.setAttribute('height', '150');
  iframe.style.width = '100%';
  iframe.style.height = '150px';
  iframe.style.border = '0';
  document.getElementById('omradeskartan').appendChild(iframe);
})();
