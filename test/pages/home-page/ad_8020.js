/* zjol adcode cache script, slot 8020 (fixture copy: writes the slot's current creative, loads nothing else) */
document.write('<a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=8020&amp;url=https%3A%2F%2Fwww.zjtourism.gov.cn%2F" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2019/04/20190416143300.jpg" width="1200" height="80" border="0" /></a>');
