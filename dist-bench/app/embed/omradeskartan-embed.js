/*!
 * Områdeskartan – inbäddningsskript för värdsidan (host snippet)
 * SPDX-License-Identifier: MIT
 *
 * Sizes every <iframe data-omradeskartan src="https://APP-ORIGIN/?inbaddning=1"> to the height
 * its content reports: {type: 'omradeskartan:height', version: 1, height}. A message counts only
 * if it comes from that iframe's window AND from the origin of its src. No dependencies.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 20000;

  function originOf(iframe) {
    try {
      var origin = new URL(iframe.getAttribute('src') || '', document.baseURI).origin;
      return origin === 'null' ? null : origin; // opaque origins (data:, sandbox) never match
    } catch (e) {
      return null;
    }
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'omradeskartan:height' || data.version !== 1) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll('iframe[data-omradeskartan]');
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (event.source === iframe.contentWindow && event.origin === originOf(iframe)) {
        iframe.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  }

  window.addEventListener('message', onMessage);
})();
