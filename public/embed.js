/* Three Borders embed loader: sizes every Three Borders iframe on the page to its content.
   Embed pages post {type: "three-borders:resize", height: <CSS px>} to their parent. A message
   counts only when it comes from the window of an iframe on this page (matched by contentWindow)
   that is one of ours, marked data-three-borders or pointing at an /embed/ address, and only from
   an origin that frame may end up on after redirects: its src's origin, the same host with or
   without "www." and on https, or the origin this loader came from. Heights outside 1 to 20000
   px are ignored. On start, and whenever a frame loads, the loader asks every frame for its height
   (an embed answers), so a loader that arrives late still works. Safe to include more than once. */
(function () {
  if (window.threeBordersLoader) return;
  window.threeBordersLoader = true;
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var home = script && script.src ? new URL(script.src, location.href).origin : null;
  var embedPath = /^\/(?:[a-z]{2}\/)?embed\/(?:event\/)?[^/]+\/$/;

  function bareHost(url) {
    return url.hostname.replace(/^www\./, '') + ':' + (url.port || (url.protocol === 'https:' ? '443' : '80'));
  }
  /* Where a frame pointing at `src` may end up: the same origin, the same host with or without
     "www.", or http upgraded to https on the default ports. */
  function sameSite(src, to) {
    if (src.origin === to.origin) return true;
    if (src.protocol === 'http:' && to.protocol === 'https:' && !src.port && !to.port)
      return src.hostname.replace(/^www\./, '') === to.hostname.replace(/^www\./, '');
    return src.protocol === to.protocol && bareHost(src) === bareHost(to);
  }
  function accepted(src, origin) {
    if (origin === home) return true;
    try {
      return sameSite(src, new URL(origin));
    } catch {
      return false;
    } // "null": a sandboxed page
  }
  function source(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', location.href);
    } catch {
      return null;
    }
  }
  function ours(frame) {
    var src = source(frame);
    if (!src || !/^https?:$/.test(src.protocol)) return false;
    return (
      frame.hasAttribute('data-three-borders') ||
      (embedPath.test(src.pathname) && (home === null || sameSite(src, new URL(home))))
    );
  }
  function ask(frame) {
    if (frame.contentWindow && ours(frame))
      frame.contentWindow.postMessage({ type: 'three-borders:request-height' }, '*');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (
      !data ||
      data.type !== 'three-borders:resize' ||
      typeof data.height !== 'number' ||
      !(data.height >= 1 && data.height <= MAX_HEIGHT)
    )
      return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var src = source(frame);
      if (!ours(frame) || !src || !accepted(src, event.origin)) return;
      frame.style.aspectRatio = 'auto';
      frame.style.minHeight = '0';
      frame.style.height = Math.ceil(data.height) + 'px';
      return;
    }
  });
  // Frames that load later (lazy loading, a CMS that inserts them) are asked once they load.
  document.addEventListener(
    'load',
    function (event) {
      if (event.target && event.target.tagName === 'IFRAME') ask(event.target);
    },
    true,
  );
  var all = document.getElementsByTagName('iframe');
  for (var j = 0; j < all.length; j++) ask(all[j]);
})();
