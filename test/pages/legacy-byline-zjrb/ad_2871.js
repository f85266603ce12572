/* zjol adcode cache script, slot 2871 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=2871&amp;url=http%3A%2F%2Fwww.zjrcu.com%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2012/12/20121205100222.gif" width="640" height="80" border="0" /></a>');
