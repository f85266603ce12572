/* zjol adcode cache script, slot 1876 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=1876&amp;url=http%3A%2F%2Fwww.greentownchina.com%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2012/03/20120320165541.jpg" width="960" height="90" border="0" /></a>');
