/* zjol adcode cache script, slot 5244 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=5244&amp;url=https%3A%2F%2Fwww.hangzhou2022.cn%2F" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2017/08/20170811093548.jpg" width="300" height="250" border="0" /></a>');
