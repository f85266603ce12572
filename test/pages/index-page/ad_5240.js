/* zjol adcode cache script, slot 5240 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=5240&amp;url=https%3A%2F%2Fwww.hzbank.com.cn%2F" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2017/08/20170810150032.jpg" width="1000" height="90" border="0" /></a>');
