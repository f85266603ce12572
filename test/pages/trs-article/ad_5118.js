/* zjol adcode cache script, slot 5118 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=5118&amp;url=https%3A%2F%2Fwww.zjcredit.gov.cn%2F" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2017/02/20170221110437.jpg" width="680" height="90" border="0" /></a>');
