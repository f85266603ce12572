/* zjol adcode cache script, slot 1530 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=1530&amp;url=http%3A%2F%2Fwww.zjtour.net%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2009/10/20091014170355.jpg" width="300" height="250" border="0" /></a>');
