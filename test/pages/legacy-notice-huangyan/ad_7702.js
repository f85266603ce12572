/* zjol adcode cache script, slot 7702 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=7702&amp;url=http%3A%2F%2Fwww.zjhy.gov.cn%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2014/08/20140801085530.jpg" width="980" height="80" border="0" /></a>');
