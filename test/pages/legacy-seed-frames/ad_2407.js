/* zjol adcode cache script, slot 2407 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=2407&amp;url=http%3A%2F%2Fwww.zj.chinamobile.com%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2015/01/20150105093320.jpg" width="950" height="90" border="0" /></a>');
