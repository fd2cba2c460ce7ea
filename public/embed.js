/* Three Borders embed loader: sizes every Three Borders iframe on the page to its content.
   Embedded pages post {type: "three-borders:resize", height: <CSS px>} to their parent; the
   message is accepted only from the window of an iframe marked data-three-borders, and only
   when it comes from that iframe's own origin. Safe to include more than once. */
(function () {
  if (window.threeBordersLoader) return;
  window.threeBordersLoader = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'three-borders:resize' || typeof data.height !== 'number' || !(data.height > 0)) return;
    var frames = document.querySelectorAll('iframe[data-three-borders]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.aspectRatio = 'auto';
      frame.style.height = Math.ceil(data.height) + 'px';
      return;
    }
  });
})();
