/* zjol adcode cache script, slot 418 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=418&amp;url=http%3A%2F%2Fwww.nbcb.com.cn%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2007/03/20070328_190x250.gif" width="190" height="250" border="0" /></a>');
