// What the server reads before it takes requests, to load every path a request can take.

/** A short Arabic text, summarized at start-up so that no request waits for a cold summarizer. */
export const WARM_UP_TEXT =
  "أعلنت البلدية اليوم افتتاح حديقة جديدة. وقال رئيسها إن الحديقة مفتوحة للجميع.";

/**
 * A short Arabic page with the parts a news page has (menu, headline, article, footer). Read at
 * start-up, and by every worker thread before its first task, it loads the HTML parser and
 * Readability, which plain text never needs: about 130 ms that the first HTML request would
 * otherwise wait for.
 */
export const WARM_UP_HTML = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>افتتاح حديقة جديدة في المدينة | أخبار البلدية</title></head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li></ul></nav></header>
<main><article><h1>افتتاح حديقة جديدة في المدينة</h1>
<p>أعلنت البلدية اليوم افتتاح حديقة جديدة في وسط المدينة، على مساحة عشرة آلاف متر مربع. وقال رئيس البلدية إن الحديقة مفتوحة للجميع من الصباح حتى منتصف الليل، وإن الدخول إليها مجاني.</p>
<p>وأضاف أن الحديقة تضم ملاعب للأطفال وممرات للمشي ومكتبة صغيرة، وأن البلدية زرعت فيها أكثر من ألف شجرة. وأوضح أن كلفة المشروع بلغت مليوني دولار، موّلتها البلدية من ميزانيتها.</p>
<p>ورحب السكان بافتتاح الحديقة، وقالوا إن المدينة كانت تحتاج إلى مكان أخضر يلتقي فيه الناس. ومن المتوقع أن تفتتح البلدية حديقتين أخريين في العام المقبل.</p>
</article></main><footer><p>جميع الحقوق محفوظة</p></footer></body></html>`;
