/* zjol adcode cache script, slot 1903 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=1903&amp;url=http%3A%2F%2Fwww.hzmetro.com%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2012/03/20120301101217.jpg" width="300" height="250" border="0" /></a>');
