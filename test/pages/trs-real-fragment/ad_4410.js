/* zjol adcode cache script, slot 4410 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=4410&amp;url=http%3A%2F%2Fwww.zjmobile.com%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2016/11/20161115160322.jpg" width="1000" height="80" border="0" /></a>');
