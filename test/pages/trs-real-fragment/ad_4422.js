/* zjol adcode cache script, slot 4422 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=4422&amp;url=http%3A%2F%2Fwww.hzbank.com.cn%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2016/11/20161118093006.jpg" width="300" height="250" border="0" /></a>');
