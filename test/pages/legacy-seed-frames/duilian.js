/* zjol couplet ad helper (/js/duilian/): keeps the two sides of the couplet beside the page while it scrolls.
   Fixture copy: moves the existing #duilian_left / #duilian_right, creates and loads nothing. */
(function () {
  var TOP = 140;
  function follow() {
    var y = document.documentElement.scrollTop || document.body.scrollTop || 0;
    var ids = ['duilian_left', 'duilian_right'];
    for (var i = 0; i < ids.length; i++) {
      var d = document.getElementById(ids[i]);
      if (d) d.style.top = (y + TOP) + 'px';
    }
  }
  if (window.addEventListener) window.addEventListener('scroll', follow, false);
  else if (window.attachEvent) window.attachEvent('onscroll', follow);
})();
