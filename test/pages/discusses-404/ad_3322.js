/* zjol adcode cache script, slot 3322 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=3322&amp;url=http%3A%2F%2Fwww.zjtourism.gov.cn%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2015/09/20150915091133.jpg" width="300" height="250" border="0" /></a>');
