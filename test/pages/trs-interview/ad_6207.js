/* zjol adcode cache script, slot 6207 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=6207&amp;url=https%3A%2F%2Fwww.zjedu.gov.cn%2F" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2022/02/20220214170245.jpg" width="1000" height="90" border="0" /></a>');
