namespace CommunityVoice.Core.Clustering;

/// <summary>English and Spanish words too common to say anything about a topic (lower case).</summary>
public static class StopWords
{
    static readonly HashSet<string> Words = new(
        ("a about above after again against all also am an and any are aren't as at be because been before being below between both but by " +
         "can can't cannot could couldn't did didn't do does doesn't doing don't down during each even ever every few for from further get " +
         "gets getting go going got had hadn't has hasn't have haven't having he her here hers herself him himself his how however i i'm " +
         "if in into is isn't it it's its itself just know let like make many may me might more most much must my myself need no nor not " +
         "now of off on once one only or other ought our ours ourselves out over own people per really same say see she should shouldn't so " +
         "some such than that that's the their theirs them themselves then there there's these they they're think this those though " +
         "through thus to too under until up upon us use used very want was wasn't way we we're well were weren't what what's when where " +
         "which while who whom whose why will with won't would wouldn't yes yet you you're your yours yourself yourselves " +
         "al algo algunos ante antes como cómo con contra cual cuál cuando cuándo de del desde donde dónde durante el él ella ellas ellos " +
         "en entre era eran es esa esas ese eso esos esta está están estas este esto estos fue fueron ha han hasta hay la las le les lo " +
         "los más me mi mis mucho muchos muy nada ni no nos nosotros nuestra nuestras nuestro nuestros o otra otras otro otros para pero " +
         "poco por porque puede pueden qué que quien quién se sea ser si sí sin sobre son su sus también tan tanto te tiene tienen todo " +
         "todos tu tus un una unas uno unos usted ustedes y ya yo " +
         "cada cuántos cuántas cuánto cuánta cuantos cuantas cuanto cuanta tengo tenemos tenía muchas mucha hacer hace hacen saber sé quiero " +
         "queremos quisiera quisiéramos podría podrían puedo podemos estoy estamos había hubo ser gente cosa cosas así aquí allí ahora " +
         "mismo misma otros dice dicen creo gracias favor alguien nadie siempre nunca todavía solo sólo").Split(' '), StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
