/* zjol adcode cache script, slot 8001 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=8001&amp;url=https%3A%2F%2Fwww.zjrcu.com%2F" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2019/04/20190420110032.jpg" width="1200" height="90" border="0" /></a>');
