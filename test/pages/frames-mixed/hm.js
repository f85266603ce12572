/* Baidu Tongji (hm.baidu.com) stand-in for the fixture: the real script only counts the visit; this one does nothing. */
