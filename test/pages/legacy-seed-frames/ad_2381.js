/* zjol adcode cache script, slot 2381 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="http://www.zjol.com.cn/05zjol/adcode/adclick.php?id=2381&amp;url=http%3A%2F%2Fwww.zjlottery.com%2F" target="_blank"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/2014/12/20141222100815.jpg" width="468" height="60" border="0" /></a>');
