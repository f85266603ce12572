/* zjol adcode cache script, slot 3307 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=3307&amp;url=http%3A%2F%2Fwww.zjrcu.com%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2015/09/20150914101245.jpg" width="980" height="90" border="0" /></a>');
