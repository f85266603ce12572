/* zjol adcode cache script, slot 2205 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=2205&amp;url=http%3A%2F%2Fwww.zjnm.gov.cn%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2011/09/20110920101530.jpg" width="960" height="90" border="0" /></a>');
