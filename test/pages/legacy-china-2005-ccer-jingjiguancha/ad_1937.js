/* zjol adcode slot 1937 (right column, 300x250) */
(function () {
  function show() {
    var box = document.getElementById('adpos_r');
    if (!box) return;
    var d = document.createElement('div');
    d.id = 'mcvbnqwert';
    d.innerHTML = '<a href="http://img.zjol.com.cn/05zjol/adcode/click.php?id=1937" target="_blank">' +
      '<img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2005/04/1937.jpg" width="300" height="250" border="0"></a>' +
      '<p>\u6d59\u6c5f\u5728\u7ebf\u5e7f\u544a\u4f4d \u62db\u5546\u70ed\u7ebf\u8be6\u89c1\u5e7f\u544a\u670d\u52a1</p>';
    box.appendChild(d);
  }
  if (window.addEventListener) window.addEventListener('load', show, false);
  else window.attachEvent('onload', show);
})();
