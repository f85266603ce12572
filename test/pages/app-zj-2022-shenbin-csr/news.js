/* zj.zjol.com.cn news detail (web view) */
(function () {
  var RESP = {"code": 0, "data": {"article": {"id": 1822417, "list_title": "著名戏曲导演沈斌去世 享年74岁", "doc_title": "著名戏曲导演沈斌去世 享年74岁", "published_at": 1644766620000, "published_str": "2022-02-13 23:37", "source": "央视新闻", "author": "张倩", "channel_name": "文化", "content": "<p>记者从上海昆剧团获悉，中国民主同盟盟员、上海昆剧团国家一级导演，中国戏曲导演学会副会长、上海市非物质文化遗产代表性传承人沈斌同志，因病医治无效，于2022年2月12日23时16分在上海逝世，享年74岁。</p><p>沈斌1947年生于上海，1959年进入上海市戏曲学校昆剧二班学习武生，师从盖春来、谭金霖及郑传鉴、方传芸等“传字辈”名师。1978年上海昆剧团成立时即入团工作，1986年入中国戏曲学院导演系进修，系统全面地学习戏曲导演艺术，成为导演艺术家李紫贵先生的入室弟子，结业回团后担任专职导演。曾为上海昆剧团执导精华版《长生殿》《占花魁》《血手记》《白蛇后传》《新蝴蝶梦》《甲申记》《无盐传奇》《上灵山》《假婿乘龙》《钗钏记》《龙凤衫》《狮吼记》《雷锋塔》《临川四梦·南柯梦记》全本《长生殿》（一本、二本）等多台大型剧目。他参与执导的精华版《长生殿》获第七届中国艺术节文华剧目大奖（榜首）、优秀导演奖，曾被文化部授予“昆曲艺术优秀（导演）主创人员”称号。</p><p>沈斌不仅为各家昆剧院团教学导戏，传承与导演昆曲优秀传统经典折子戏和录像百余折，还为京、越、豫、淮、婺、绍、锡、粤、黔、雷、越调等十多个剧种执导百余台剧目。作为武生演员出身的戏曲导演，他对戏曲舞台剧目的传承与创新有着切身的体悟与把握，提出并坚持“古不陈旧，新不离本”的创作理念，在长期创作实践中始终坚持教学与导戏并行的原则。在四十余年的导演生涯中，他所执导的每一部戏都有亲手书写的规划、阐述和总结，前后发表论文、评论三十余篇，出版理论著作《品兰探幽——昆剧导演之路》，并多次远赴海外、港台地区讲学交流、执导排练。为传承、丰富、发展昆剧剧目作出突出贡献，更为戏曲导演艺术的发展起到极大推动作用。（总台记者 张倩）</p>"}}};
  function render() {
    var a = RESP.data.article, app = document.getElementById('app');
    app.innerHTML = '<article class="news-detail">' +
      '<h1 class="news-title"></h1>' +
      '<div class="news-meta"><span class="news-source"></span><span class="news-time"></span></div>' +
      '<div class="news-content"></div></article>';
    app.querySelector('.news-title').textContent = a.doc_title;
    app.querySelector('.news-source').textContent = a.source;
    app.querySelector('.news-time').textContent = a.published_str;
    app.querySelector('.news-content').innerHTML = a.content;
    document.title = a.doc_title;
  }
  window.addEventListener('load', function () { setTimeout(render, 600); });
})();
