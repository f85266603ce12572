/* zjol adcode cache script, slot 412 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=412&amp;url=http%3A%2F%2Fwww.nbport.com.cn%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2007/03/20070326_760x60.gif" width="760" height="60" border="0" /></a>');
