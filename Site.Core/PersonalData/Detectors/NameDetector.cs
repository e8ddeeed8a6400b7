using System.Text.RegularExpressions;
using static CommunityVoice.Core.PersonalData.TextScan;

namespace CommunityVoice.Core.PersonalData.Detectors;

/// <summary>
/// Personal names where the wording makes them detectable: after "my name is", greetings, honorifics,
/// relations and roles ("my neighbor Rosa", "the director, Ana Ruiz", "Ana, my caseworker"), family words
/// ("the Villalobos family"), in signatures, before contact details, and known given names before verbs such
/// as "needs" ("Maria needs help").
/// </summary>
public sealed class NameDetector : IPersonalDataDetector
{
    private readonly PersonalDataLexicon lexicon;
    private readonly Regex relationNameCue;
    private readonly Regex roleCommaCue;
    private readonly Regex relationAfterName;
    private readonly Regex familyAfterCue;
    private readonly Regex familyBeforeWord;
    private readonly Regex givenNameVerb;
    private readonly Regex helpForCue;

    /// <summary>Builds the relation, family and verb cues from <paramref name="lexicon"/>.</summary>
    public NameDetector(PersonalDataLexicon lexicon)
    {
        this.lexicon = lexicon;
        var relations = Alternation(lexicon.Relations);
        relationNameCue = Pattern(
            $@"\b(my|our|mi|mis|nuestro|nuestra|nuestros|nuestras|her|his|their|su|sus)[ \t]+([\p{{L}}\d\-]+[ \t]+)?({relations})\b",
            ignoreCase: true);
        // "I am the director, Ana Ruiz": with "the" only when a comma follows, so "the landlord said" stays.
        roleCommaCue = Pattern($@"\b(the|el|la|our|your|su|tu)[ \t]+({relations})[ \t]*,", ignoreCase: true);
        relationAfterName = Pattern(
            $@",[ \t]*(my|our|mi|mis|nuestro|nuestra|his|her|their|su|sus|the|el|la)[ \t]+({relations})\b", ignoreCase: true);
        var family = Alternation(lexicon.FamilyWords);
        familyAfterCue = Pattern(@"\b(la[ \t]+)?(familia|family)[ \t]+(de[ \t]+)?", ignoreCase: true);
        familyBeforeWord = Pattern($@"\b(?i:the|los|las)[ \t]+\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*([ \t]+\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*)?[ \t]+({family})\b");
        helpForCue = Pattern(@"\b(help|ayuda|apoyo)[ \t]+(for|para)\b", ignoreCase: true);
        givenNameVerb = Pattern($@"\b\p{{Lu}}\p{{Ll}}+[ \t]+({Alternation(lexicon.PersonVerbs)})\b|\b\p{{Lu}}\p{{Ll}}+['’]s\b");
    }

    /// <inheritdoc />
    public void Find(string text, DetectionContext context, List<Candidate> found) => FindNames(text, found);

    private static readonly Regex StrongNameCue = Pattern(
        @"\b((my|her|his|their|our) name is|(my|her|his) name's|my names is|(me|se|te) llamo|se llama|se llaman|" +
        @"(mi|su) nombre es)\b[ \t]*:?",
        ignoreCase: true);

    private static readonly Regex LabelNameCue = Pattern(
        @"\b(name|nombre|full name|nombre completo|from|de parte de|att|attn|attention|atención|atencion|c/o)[ \t]*\.?:", ignoreCase: true);

    private static readonly Regex SelfNameCue = Pattern(@"\b(i am|i'm|i’m|soy|this is)\b", ignoreCase: true);

    private static readonly Regex GreetingNameCue = Pattern(
        @"\b(dear|estimado|estimada|querido|querida)\b", ignoreCase: true);

    // Past conversations: after these a capitalised word is a person or an institution, and institutions are
    // acronyms or carry organisation words, so the name needs no particular word after it.
    private static readonly Regex ConversationNameCue = Pattern(
        @"\b(talked to|talked with|spoke to|spoke with|spoken to|spoken with|met with|worked with|emailed|texted|" +
        @"hablé con|hable con|habló con|hablamos con|platiqué con|platique con|platicamos con|me atendió|me atendio)\b",
        ignoreCase: true);

    // "Rosa Whitaker from CYFD said", "María Chávez de la oficina dijo": a full name opening a sentence.
    private static readonly Regex NameThenSource = Pattern(
        @"\p{Lu}\p{Ll}[\p{L}'’\-]*[ \t]+\p{Lu}\p{Ll}[\p{L}'’\-]*[ \t]+(from|at|of|with|de|del|en|said|says|told|called|dijo|llamó|llamo|me dijo)\b");

    private static readonly Regex ContactNameCue = Pattern(
        @"\b((ask for|speak to|speak with|talk to|contact|pregunte por|pregunten por|preguntar por|hable con|" +
        @"hablen con|hablar con)\b|contact( me)?:)",
        ignoreCase: true);

    private static readonly Regex HonorificCue = Pattern(
        @"\b(Mrs|Mr|Ms|Mx|Miss|Dr|Srta|Sra|Sr|Señorita|Señora|Señor|Rev|Reverend|Fr|Pastor|Prof|Professor)\b\.?");

    // Don and Doña also begin place names (Doña Ana County). Spanish writes these titles in lower case too.
    private static readonly Regex SpanishHonorificCue = Pattern(
        @"\b([Dd]oña|[Dd]on|señorita|señora|señor)\b|\b(srta|sra|sr)\.");

    private static readonly Regex SignatureCue = Pattern(
        @"\b(sincerely|respectfully|best regards|kind regards|warm regards|regards|best wishes|many thanks|" +
        @"thank you|thanks|cheers|signed|atentamente|saludos|cordialmente|muchas gracias|gracias|firmado|firma|" +
        @"bendiciones|un saludo|con respeto)\b|\b(best|abrazos|atte\.?)[ \t]*(,|\r?\n)",
        ignoreCase: true);

    private static readonly Regex DashCue = Pattern(@"(—|–|--|(^|\n)[ \t]*-)");

    private static readonly Regex LeadingHonorific =
        Pattern(@"^(Mrs|Mr|Ms|Mx|Miss|Dr|Srta|Sra|Sr|Doña|Don|Señorita|Señora|Señor|Rev|Reverend|Fr|Pastor|Prof|Professor)\.?[ \t]+");

    // "Our kids Minh (5 March 2012) and Linda", "Team members: Lan, Gloria and María", "Students Manuel, Luz and
    // Rosario": a list of first names after a word for a group of people.
    private static readonly Regex GroupListCue = Pattern(
        @"\b(kids|children|grandkids|grandchildren|sons|daughters|students|team members|members|volunteers|kids are|" +
        @"hijos|hijas|niños|nietos|nietas|estudiantes|alumnos|alumnas|integrantes|miembros|voluntarios)([ \t]*\(|[ \t]*:?[ \t]+)",
        ignoreCase: true);

    // "Nurse Fitzgerald", "el doctor vigil", "la maestra Ortiz": a job title used as a form of address.
    private static readonly Regex JobTitleCue = Pattern(
        @"\b(Nurse|Coach|Officer|Father|Padre|Deacon|Deputy|Sergeant|Sgt|Detective|Trooper|Ranger|Principal|Counselor|Nurse Practitioner|Doctor|Doctora|Enfermera|Enfermero|Maestra|Maestro|Profesora|Profesor)\b\.?[ \t]+|" +
        @"\b([Ee]l|[Ll]a)[ \t]+(doctor|doctora|enfermera|enfermero|maestra|maestro|profesora|profesor|licenciado|licenciada|trabajadora|trabajador)[ \t]+");

    // "el doctor vigil de la clínica": Spanish puts the title, with its article, before a surname typed in lower case.
    private static readonly Regex SpanishJobTitleCue = Pattern(
        @"\b([Ee]l|[Ll]a)[ \t]+(doctor|doctora|enfermera|enfermero|maestra|maestro|profesora|profesor|licenciado|licenciada)[ \t]+");

    // "Ask Lan, she knows", "Thanks to Kyle at the library", "Gracias a Ernesto de la biblioteca", "Le dije a
    // Benito que", "Me and Karen run": people the writer names as someone to talk to or who helped.
    private static readonly Regex AddressedCue = Pattern(
        @"\b(ask|tell|call|thanks to|thank|gracias a|le dije a|le pregunté a|le pregunte a|pregúntenle a|pregunten a|díganle a)\b",
        ignoreCase: true);

    // "a lady named Pauline", "una señora llamada Rita": the word for naming someone.
    private static readonly Regex NamedCue = Pattern(@"\b(named|llamad[oa]|de nombre)[ \t]+", ignoreCase: true);

    // "Me and Karen started the petition", "Yo y Rosa": whatever verb follows, the word is a person.
    private static readonly Regex MeAndCue = Pattern(@"\b(me and|yo y|mi y)[ \t]+", ignoreCase: true);

    // "Teresa Garduño, Chair, South Valley Neighbors": a signature line with the role after the name.
    private static readonly Regex RoleAfterName = Pattern(
        @"^[ \t]*,[ \t]*(chair|co-chair|vice chair|chairwoman|chairman|volunteer|board member|member|parent|president|vice president|" +
        @"secretary|treasurer|director|coordinator|organizer|organiser|resident|teacher|presidenta|secretaria|tesorera|tesorero|" +
        @"miembro|voluntaria|voluntario|madre de familia|padre de familia|vecina|vecino)\b",
        ignoreCase: true);

    // The newline first: an empty match at the start of a text that opens with a newline would hide the line.
    private static readonly Regex LineStart = Pattern(@"(\n|^)[ \t]*");

    // "Medicaid ID for Minh is", "el número de Rosa": whose number it is.
    private static readonly Regex IdOwnerCue = Pattern(@"\b(ID|number|card|número|tarjeta)[ \t]+(for|of|para|de)[ \t]+");

    // "Hi, Verna here.", "Hola, Rosa aquí": a name introducing the writer after a greeting.
    private static readonly Regex NameHere = Pattern(
        @"\b(hi|hello|hey|hola|buenas|buenos días|good morning|good afternoon)[ \t]*[,!]?[ \t]+\p{Lu}\p{Ll}+[ \t]+(here|aquí|aqui)\b",
        ignoreCase: true);

    // "Su servidora, Carmen Martínez": Spanish closings.
    private static readonly Regex SpanishClosingCue = Pattern(@"\b(su servidora|su servidor|su amiga|su amigo|atte\.?|att\.)[ \t]*,?", ignoreCase: true);

    // "-phuong", "— marisol": a signature typed in lower case after a dash, alone at the end of a line.
    private static readonly Regex LowerDashSignature = Pattern(@"(^|\n|[ \t])(-|—|–)[ \t]*\p{Ll}[\p{Ll}'’\-]+[ \t.!]*(\r?\n|$)");

    [Flags]
    private enum NameRules
    {
        None = 0,
        AllowComma = 1,
        AllowNewline = 2,
        AllowAnyCase = 4,
        RejectPlaces = 8,
        MustEndLine = 16,
        NeedsNameBoundary = 32,
    }

    private void FindNames(string text, List<Candidate> found)
    {
        AddNamesAfter(relationNameCue, NameRules.AllowComma, text, found);
        AddNamesAfter(roleCommaCue, NameRules.AllowComma | NameRules.RejectPlaces, text, found);
        AddNamesAfter(familyAfterCue, NameRules.RejectPlaces, text, found);
        AddFamilyNames(text, found);
        AddNamesBeforeRelation(text, found);
        AddGivenNamesBeforeVerbs(text, found);
        AddNamesAfter(helpForCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesOnOwnLine(text, found);
        AddNamesAfter(StrongNameCue, NameRules.AllowAnyCase, text, found);
        AddNamesAfter(LabelNameCue, NameRules.AllowAnyCase, text, found);
        AddNamesAfter(GreetingNameCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesAfter(SelfNameCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesAfter(ContactNameCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesAfter(ConversationNameCue, NameRules.RejectPlaces, text, found);
        AddFullNamesOpeningSentences(text, found);
        AddNamesAfter(HonorificCue, NameRules.None, text, found);
        AddNamesAfter(SpanishHonorificCue, NameRules.RejectPlaces, text, found);
        AddNamesAfter(SignatureCue, NameRules.AllowComma | NameRules.AllowNewline | NameRules.RejectPlaces, text, found);
        AddNamesAfter(DashCue, NameRules.AllowNewline | NameRules.RejectPlaces | NameRules.MustEndLine, text, found);
        AddNamesBeforeContactDetails(text, found);
        AddSignatureAtEnd(text, found);
        AddNameLists(text, found);
        // "Officer Sandoval": after a job title a surname that is also a place is still a person.
        AddNamesAfter(JobTitleCue, NameRules.None, text, found);
        AddNamesAfter(MeAndCue, NameRules.RejectPlaces, text, found);
        AddNamesAfter(NamedCue, NameRules.RejectPlaces, text, found);
        AddLowerCaseNamesAfter(SpanishJobTitleCue, text, found, anyWord: true);
        AddNamesAfter(AddressedCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesAfter(IdOwnerCue, NameRules.RejectPlaces | NameRules.NeedsNameBoundary, text, found);
        AddNamesAfter(SpanishClosingCue, NameRules.AllowComma | NameRules.AllowNewline | NameRules.RejectPlaces, text, found);
        AddSignaturesWithRoles(text, found);
        foreach (var m in NameHere.EnumerateMatches(text))
        {
            var wordEnd = SkipBack(text, m.Index + m.Length, char.IsLetter);
            wordEnd = SkipBack(text, wordEnd, static c => c is ' ' or '\t');
            var wordStart = SkipBack(text, wordEnd, char.IsLetter);
            if (IsNameWord(text, wordStart, wordEnd, WordCase.Capitalised) && !lexicon.IsPlaceWord(text.AsSpan(wordStart, wordEnd - wordStart))
                && !lexicon.IsOrganisationWord(text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                found.Add(new(PersonalDataKind.Name, wordStart, wordEnd, CandidatePriority.Name));
            }
        }

        AddLowerCaseNamesAfter(relationNameCue, text, found, anyWord: false);
        AddLowerCaseNamesAfter(roleCommaCue, text, found, anyWord: false);
        AddLowerCaseNamesAfter(SignatureCue, text, found, anyWord: false, signature: true);
        AddLowerCaseNamesAfter(SelfNameCue, text, found, anyWord: false);
        AddJoinedSignatureNames(text, found);
        foreach (var m in LowerDashSignature.EnumerateMatches(text))
        {
            var i = m.Index;
            while (i < m.Index + m.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            if (TryReadWord(text, i, out var end) && end - i >= 3 && IsLowerName(text.AsSpan(i, end - i)))
            {
                found.Add(new(PersonalDataKind.Name, i, end, CandidatePriority.Name));
            }
        }
    }

    // "Best, Sarah & Hunter", "best, anh & anh", "Gracias, Rosa y Beto": a second name joined to a closing's name.
    private void AddJoinedSignatureNames(string text, List<Candidate> found)
    {
        var names = found.Where(c => c.Kind == PersonalDataKind.Name).Select(c => c.End).Distinct().ToList();
        foreach (var nameEnd in names)
        {
            var i = SkipSpaces(text, nameEnd);
            if (i < text.Length && text[i] == '&')
            {
                i++;
            }
            else if (TryReadWord(text, i, out var joinEnd) && text.AsSpan(i, joinEnd - i) is "and" or "y")
            {
                i = joinEnd;
            }
            else
            {
                continue;
            }

            i = SkipSpaces(text, i);
            if (TryReadWord(text, i, out var end) && end - i >= 2 && EndsLine(text, end, 1)
                && (char.IsUpper(text[i]) ? IsNameWord(text, i, end, WordCase.Capitalised)
                    : IsLowerName(text.AsSpan(i, end - i)) && !IsPronoun(text.AsSpan(i, end - i))
                      && lexicon.IsGivenName(text.AsSpan(i, end - i))))
            {
                var second = SkipSpaces(text, end);
                if (second > end && TryReadWord(text, second, out var secondEnd) && EndsLine(text, secondEnd, 0))
                {
                    end = secondEnd;
                }

                found.Add(new(PersonalDataKind.Name, i, end, CandidatePriority.Name));
            }
        }
    }

    private bool IsLowerName(ReadOnlySpan<char> word) =>
        !lexicon.IsStopWord(word) && !lexicon.IsFunctionWord(word) && !lexicon.IsPlaceWord(word) && !lexicon.IsOrganisationWord(word);

    // "Our kids Minh (...) and Linda (...)": each capitalised first name of the list, brackets and joiners skipped.
    private void AddNameLists(string text, List<Candidate> found)
    {
        foreach (var m in GroupListCue.EnumerateMatches(text))
        {
            var i = m.Index + m.Length;
            var names = new List<(int Start, int End)>();
            while (names.Count < 8 && TryReadName(text, i, NameRules.RejectPlaces, out var start, out var end) && start == SkipSpaces(text, i))
            {
                names.Add((start, end));
                i = SkipSpaces(text, end);
                if (i < text.Length && text[i] == '(')
                {
                    var close = text.IndexOf(')', i, Math.Min(40, text.Length - i));
                    if (close < 0)
                    {
                        break;
                    }

                    i = SkipSpaces(text, close + 1);
                }

                if (i < text.Length && text[i] == ',')
                {
                    i = SkipSpaces(text, i + 1);
                }

                if (TryReadWord(text, i, out var joinEnd) && text.AsSpan(i, joinEnd - i) is "and" or "y" or "e")
                {
                    i = joinEnd;
                }
                else if (i < text.Length && text[i] == '&')
                {
                    i++;
                }
                else if (i > 0 && text[i - 1] != ' ' && text[SkipBack(text, i, static c => c == ' ') - 1] != ',')
                {
                    break;
                }
            }

            // One word alone after "students" may be anything ("Students Rally"); two or more are a list of people.
            var possessive = m.Index >= 4 && LooksPossessedBefore(text, m.Index);
            if (names.Count >= 2 || (names.Count == 1 && possessive))
            {
                foreach (var (start, end) in names)
                {
                    found.Add(new(PersonalDataKind.Name, start, end, CandidatePriority.Name));
                }
            }
        }
    }

    private static bool LooksPossessedBefore(string text, int index)
    {
        var before = SkipBack(text, index, static c => c is ' ' or '\t');
        var wordStart = SkipBack(text, before, char.IsLetter);
        return text.AsSpan(wordStart, before - wordStart).ToString().ToLowerInvariant() is "my" or "our" or "mis" or "nuestros" or "nuestras" or "her" or "his" or "their" or "sus";
    }

    // "Lester Chino, Volunteer, PTA" at the start of a line.
    private void AddSignaturesWithRoles(string text, List<Candidate> found)
    {
        foreach (var m in LineStart.EnumerateMatches(text))
        {
            var i = m.Index + m.Length;
            if (TryReadName(text, i, NameRules.RejectPlaces, out var start, out var end) && start == i
                && RoleAfterName.IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end))))
            {
                found.Add(new(PersonalDataKind.Name, start, end, CandidatePriority.Name));
            }
        }
    }

    // "my tio mike says", "i am the director, hunter jensen", "thanks, inés romero", "el doctor vigil": a name
    // typed in lower case. The first word must be a known given name, or (after a job title) any word that is
    // not an ordinary one; a second lower-case word is its surname unless it is an ordinary word.
    private void AddLowerCaseNamesAfter(Regex cue, string text, List<Candidate> found, bool anyWord, bool signature = false)
    {
        foreach (var m in cue.EnumerateMatches(text))
        {
            var i = m.Index + m.Length;
            while (i < text.Length && (text[i] is ' ' or '\t' or ',' || (signature && text[i] is '\n' or '\r')) && i - (m.Index + m.Length) < 4)
            {
                i++;
            }

            if (i >= text.Length || !char.IsLower(text[i]) || !TryReadWord(text, i, out var end))
            {
                continue;
            }

            var word = text.AsSpan(i, end - i);
            // After a job title ("la doctora sandoval") a surname that is also a place is still a person.
            if (!(anyWord ? !lexicon.IsStopWord(word) && !lexicon.IsFunctionWord(word) : IsLowerName(word)) || !(lexicon.IsGivenName(word) || (anyWord && word.Length >= 3 && !IsLowerFollower(word) && IsFollowedBySourceWord(text, end))
                                        || (word.Length >= 3 && !IsPronoun(word) && IsSpeechVerbAfter(text, end))
                                        || (signature && EndsLine(text, end, 2)) || (cue == roleCommaCue && IsClosedByComma(text, end))))
            {
                continue;
            }

            var second = end + 1;
            if (end < text.Length && text[end] == ' ' && TryReadWord(text, second, out var secondEnd) && char.IsLower(text[second])
                && !lexicon.IsStopWord(text.AsSpan(second, secondEnd - second)) && !lexicon.IsFunctionWord(text.AsSpan(second, secondEnd - second)) && !IsLowerFollower(text.AsSpan(second, secondEnd - second))
                && !lexicon.IsNameFollower(text.AsSpan(second, secondEnd - second)))
            {
                end = secondEnd;
            }

            found.Add(new(PersonalDataKind.Name, i, end, CandidatePriority.Name));
        }
    }

    // "my uncle marcus says": a person's verb right after the word (or after a second word, the surname).
    private static bool IsSpeechVerbAfter(string text, int end)
    {
        for (var words = 0; words < 2; words++)
        {
            var next = SkipSpaces(text, end);
            if (!TryReadWord(text, next, out var nextEnd))
            {
                return false;
            }

            if (text.AsSpan(next, nextEnd - next) is "says" or "said" or "told" or "asked" or "knows" or "wants" or "thinks" or "dice" or "dijo"
                or "sabe" or "quiere" or "piensa" or "cree" or "preguntó" or "pregunto")
            {
                return true;
            }

            end = nextEnd;
        }

        return false;
    }

    // "regards, tsosie yazzie": one to three lower-case words that end the line after a closing are a signature.
    private bool EndsLine(string text, int end, int moreWords)
    {
        var i = end;
        for (var words = 0; words <= moreWords; words++)
        {
            var j = i;
            while (j < text.Length && text[j] is ' ' or '\t' or '.' or '!' or '\r')
            {
                j++;
            }

            if (j >= text.Length || text[j] == '\n')
            {
                return true;
            }

            // A surname may also be a place ("marlene sandoval"), not an ordinary word.
            if (words == moreWords || text[i] != ' ' || !TryReadWord(text, j, out var wordEnd) || !char.IsLower(text[j])
                || lexicon.IsStopWord(text.AsSpan(j, wordEnd - j)) || lexicon.IsFunctionWord(text.AsSpan(j, wordEnd - j)))
            {
                return false;
            }

            i = wordEnd;
        }

        return false;
    }

    // "el doctor vigil de la clínica dijo", "la doctora sandoval nos dijo": what follows a surname, not an adjective.
    private static bool IsFollowedBySourceWord(string text, int end)
    {
        var next = SkipSpaces(text, end);
        if (next >= text.Length || text[next] is '.' or ',' or '!' or '?' or '\n')
        {
            return true;
        }

        return TryReadWord(text, next, out var nextEnd)
               && text.AsSpan(next, nextEnd - next) is "de" or "del" or "dijo" or "dice" or "nos" or "me" or "le" or "les" or "que" or "y" or "en"
                   or "said" or "says" or "at" or "from";
    }

    // "the coordinator, travis harrison, and": one or two lower-case words set off by commas after a role.
    private bool IsClosedByComma(string text, int end)
    {
        if (end < text.Length && text[end] is ',' or '.')
        {
            return true;
        }

        var next = end + 1;
        return end < text.Length && text[end] == ' ' && TryReadWord(text, next, out var nextEnd) && char.IsLower(text[next])
               && IsLowerName(text.AsSpan(next, nextEnd - next)) && nextEnd < text.Length && text[nextEnd] is ',' or '.';
    }

    private static bool IsPronoun(ReadOnlySpan<char> word) =>
        word is "she" or "he" or "they" or "who" or "that" or "then" or "ella" or "él" or "ellos" or "nos" or "les" or "quien"
            or "also" or "just" or "only" or "never" or "always" or "también" or "nunca" or "siempre" or "ya"
            or "my" or "our" or "his" or "her" or "their" or "mi" or "mis" or "su" or "sus" or "nuestro" or "nuestra" or "the";

    private static bool IsLowerFollower(ReadOnlySpan<char> word) =>
        word is "says" or "said" or "told" or "asked" or "wants" or "needs" or "knows" or "va" or "dice" or "dijo" or "quiere"
            or "tiene" or "está" or "esta" or "fue" or "de" or "del" or "la" or "el" or "que" or "and" or "y" or "from" or "at";

    private void AddNamesAfter(Regex cue, NameRules rules, string text, List<Candidate> found)
    {
        foreach (var m in cue.EnumerateMatches(text))
        {
            if (TryReadName(text, m.Index + m.Length, rules, out var start, out var end))
            {
                found.Add(new(PersonalDataKind.Name, start, end, CandidatePriority.Name));
            }
        }
    }

    // "Sam Whitfield, (575) 555-0150" or "Josephine Cordova, 315 Calle Alvarado": a capitalised pair right
    // before contact details is the person they belong to.
    private void AddNamesBeforeContactDetails(string text, List<Candidate> found)
    {
        var contacts = found
            .Where(c => c.Kind is PersonalDataKind.Phone or PersonalDataKind.Address or PersonalDataKind.Email)
            .Select(c => c.Start)
            .Distinct()
            .ToList();

        foreach (var contactStart in contacts)
        {
            var i = contactStart;
            var separator = SkipBack(text, i, static c => c is ' ' or '\t');
            if (separator > 0 && text[separator - 1] == ',')
            {
                separator--;
            }
            else if (separator >= 3 && text.AsSpan(separator - 3, 3).Equals(" at", StringComparison.Ordinal))
            {
                separator -= 3;
            }
            else if (separator > 0 && text[separator - 1] is '\n' or '<' or '(')
            {
                separator = SkipBack(text, separator - 1, static c => c is ' ' or '\t');
            }
            else
            {
                continue;
            }

            if (TryReadNameBackwards(text, separator, out var start, out var end))
            {
                found.Add(new(PersonalDataKind.Name, start, end, CandidatePriority.Name));
            }
        }
    }

    // "... Keep up the good work. Mark Brennan" or a name alone on the last line.
    private void AddSignatureAtEnd(string text, List<Candidate> found)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!'))
        {
            end--;
        }

        // The last line, or the last sentence of the last line; a text that is one sentence has no signature.
        var start = end;
        while (start > 0 && text[start - 1] != '\n'
               && !(text[start - 1] is '.' or '!' or '?' && start < text.Length && text[start] == ' '))
        {
            if (end - start > 60)
            {
                return;
            }

            start--;
        }

        start = SkipSpaces(text, start);
        if (start == 0 || start >= end)
        {
            return;
        }

        // Two or more words; one word only when it stands alone on the last line ("Thanks for reading.\nMaria").
        var ownLine = text[start - 1] == '\n';
        if (TryReadName(text, start, NameRules.RejectPlaces, out var nameStart, out var nameEnd)
            && nameEnd == end
            && (CountWords(text, nameStart, nameEnd) >= 2 || (ownLine && nameEnd - nameStart >= 3)))
        {
            found.Add(new(PersonalDataKind.Name, nameStart, nameEnd, CandidatePriority.Name));
        }
    }

    private bool TryReadName(string text, int position, NameRules rules, out int start, out int end)
    {
        start = end = 0;
        var i = position;
        var sawNewline = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\u00A0')
            {
                i++;
            }
            else if (c is ',' or ':' && rules.HasFlag(NameRules.AllowComma) && !sawNewline)
            {
                i++;
            }
            else if (c is '\n' or '\r' && rules.HasFlag(NameRules.AllowNewline) && !sawNewline)
            {
                sawNewline = true;
                i++;
                if (c == '\r' && i < text.Length && text[i] == '\n')
                {
                    i++;
                }
            }
            else
            {
                break;
            }

            if (i - position > 6)
            {
                return false;
            }
        }

        var honorific = i < text.Length ? LeadingHonorific.Match(text, i, Math.Min(20, text.Length - i)) : Match.Empty;
        if (honorific.Success && honorific.Index == i)
        {
            i += honorific.Length;
        }

        if (!TryReadWord(text, i, out var wordEnd))
        {
            return false;
        }

        // After "my name is" people also type their name in lower case or in capitals.
        var style = !rules.HasFlag(NameRules.AllowAnyCase) ? WordCase.Capitalised
            : char.IsLower(text[i]) ? WordCase.Lower
            : IsAllUpper(text.AsSpan(i, wordEnd - i)) ? WordCase.Upper
            : WordCase.Capitalised;
        var maxWords = style == WordCase.Lower ? 2 : 4;
        var words = new List<(int Start, int End)>();
        if (!IsNameWord(text, i, wordEnd, style))
        {
            return false;
        }

        words.Add((i, wordEnd));
        i = wordEnd;
        while (words.Count < maxWords && i < text.Length && text[i] is ' ')
        {
            var next = i + 1;
            if (!TryReadWord(text, next, out var nextEnd))
            {
                break;
            }

            if (IsNameWord(text, next, nextEnd, style))
            {
                words.Add((next, nextEnd));
                i = nextEnd;
                continue;
            }

            // "María de la Cruz", "José Luis Márquez", "Robert J. Smith".
            var skip = next;
            while (TryReadWord(text, skip, out var particleEnd) && IsParticle(text.AsSpan(skip, particleEnd - skip))
                   && particleEnd < text.Length && text[particleEnd] == ' ')
            {
                skip = particleEnd + 1;
            }

            if (skip == next && IsInitial(text, next))
            {
                skip = next + 3;
            }

            if (style == WordCase.Capitalised && skip > next && TryReadWord(text, skip, out var afterEnd)
                && IsNameWord(text, skip, afterEnd, style))
            {
                words.Add((skip, afterEnd));
                i = afterEnd;
                continue;
            }

            break;
        }

        // Institutions, programmes and places are not people.
        if (words.Exists(w => lexicon.IsOrganisationWord(text.AsSpan(w.Start, w.End - w.Start))))
        {
            return false;
        }

        if (TryReadWord(text, SkipSpaces(text, i), out var followingEnd)
            && lexicon.IsOrganisationWord(text.AsSpan(SkipSpaces(text, i), followingEnd - SkipSpaces(text, i))))
        {
            return false;
        }

        if (rules.HasFlag(NameRules.RejectPlaces) && words.TrueForAll(w => lexicon.IsPlaceWord(text.AsSpan(w.Start, w.End - w.Start))))
        {
            return false;
        }

        // After "I am" a capitalised word may be anything ("I am Worried about"); a name is followed by
        // punctuation, the end, or words such as "and", "from", "y", "de".
        if (rules.HasFlag(NameRules.NeedsNameBoundary) && i < text.Length && text[i] is ' ' or '\t')
        {
            var nextStart = SkipSpaces(text, i);
            if (TryReadWord(text, nextStart, out var nextEnd) && !lexicon.IsNameFollower(text.AsSpan(nextStart, nextEnd - nextStart)))
            {
                return false;
            }
        }

        if (rules.HasFlag(NameRules.MustEndLine))
        {
            var after = i;
            while (after < text.Length && text[after] is ' ' or '\t' or '.' or ',' or '!' or '\r')
            {
                after++;
            }

            if (after < text.Length && text[after] != '\n')
            {
                return false;
            }
        }

        if (IsKnownPlace(text, words[0].Start, words[^1].End))
        {
            return false;
        }

        start = words[0].Start;
        end = words[^1].End;
        return true;
    }

    // "Doña Ana", "San Juan", "Santa Fe": a known place of several words, read whole or from the word before.
    private bool IsKnownPlace(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).Contains(' ') && lexicon.IsPlacePhrase(text.AsSpan(start, end - start)))
        {
            return true;
        }

        var before = SkipBack(text, start, static c => c is ' ');
        var wordStart = SkipBack(text, before, char.IsLetter);
        if (before == start || wordStart == before)
        {
            return false;
        }

        var firstEnd = start;
        TryReadWord(text, start, out firstEnd);
        return lexicon.IsPlacePhrase(text.AsSpan(wordStart, firstEnd - wordStart))
               || (end > firstEnd && lexicon.IsPlacePhrase(text.AsSpan(wordStart, end - wordStart)));
    }

    private bool TryReadNameBackwards(string text, int end, out int start, out int nameEnd, int minWords = 2)
    {
        start = nameEnd = 0;
        var words = new List<(int Start, int End)>();
        var i = end;
        while (words.Count < 3)
        {
            var wordEnd = i;
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '’' or '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || !IsNameWord(text, wordStart, wordEnd, WordCase.Capitalised))
            {
                break;
            }

            words.Add((wordStart, wordEnd));
            if (wordStart == 0 || text[wordStart - 1] != ' ')
            {
                break;
            }

            i = wordStart - 1;
        }

        if (words.Count < minWords || words.Exists(w => lexicon.IsOrganisationWord(text.AsSpan(w.Start, w.End - w.Start)))
            || words.TrueForAll(w => lexicon.IsPlaceWord(text.AsSpan(w.Start, w.End - w.Start))))
        {
            return false;
        }

        start = words[^1].Start;
        nameEnd = words[0].End;
        return true;
    }

    private enum WordCase
    {
        Capitalised,
        Lower,
        Upper,
    }

    private bool IsNameWord(string text, int start, int end, WordCase style)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length < 2 || lexicon.IsStopWord(word))
        {
            return false;
        }

        // The name must end at a word boundary ("Tom's" is fine, "Tom2" is not).
        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        if (style == WordCase.Lower)
        {
            foreach (var c in word)
            {
                if (!char.IsLower(c) && c is not ('\'' or '’' or '-'))
                {
                    return false;
                }
            }

            return !lexicon.IsFunctionWord(word);
        }

        if (style == WordCase.Upper)
        {
            return IsAllUpper(word) && !lexicon.IsFunctionWord(word);
        }

        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        // Acronyms (SNAP, WIC, NM) are programmes and places, not names.
        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInitial(string text, int start) =>
        start + 2 < text.Length && char.IsUpper(text[start]) && text[start + 1] == '.' && text[start + 2] == ' ';

    private static bool IsParticle(ReadOnlySpan<char> word) =>
        word is "de" or "del" or "la" or "las" or "los" or "y" or "van" or "von" or "da" or "di" or "du" or "le";

    private static int CountWords(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetter(text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    // "the Villalobos family", "los Chávez kids": the capitalised words between the article and the family word.
    // Only a whole place name is refused here: "Baca" is part of De Baca County and a family name.
    private void AddFamilyNames(string text, List<Candidate> found)
    {
        foreach (var m in familyBeforeWord.EnumerateMatches(text))
        {
            var start = SkipSpaces(text, m.Index + text.AsSpan(m.Index).IndexOfAny(' ', '\t'));
            var end = start;
            while (TryReadWord(text, end, out var wordEnd) && IsNameWord(text, end, wordEnd, WordCase.Capitalised)
                   && !lexicon.IsPlaceName(text.AsSpan(end, wordEnd - end)) && !lexicon.IsOrganisationWord(text.AsSpan(end, wordEnd - end)))
            {
                end = wordEnd;
                if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
                {
                    var next = end + 1;
                    if (TryReadWord(text, next, out var nextEnd) && IsNameWord(text, next, nextEnd, WordCase.Capitalised)
                        && !lexicon.IsPlaceName(text.AsSpan(next, nextEnd - next)) && !lexicon.IsOrganisationWord(text.AsSpan(next, nextEnd - next)))
                    {
                        end = nextEnd;
                    }
                }

                break;
            }

            if (end > start)
            {
                found.Add(new(PersonalDataKind.Name, start, end, CandidatePriority.Name));
            }
        }
    }

    // "Ana Ruiz, my caseworker" or "Rosa, mi vecina": one capitalised word is enough before such a relation.
    private void AddNamesBeforeRelation(string text, List<Candidate> found)
    {
        foreach (var m in relationAfterName.EnumerateMatches(text))
        {
            var end = SkipBack(text, m.Index, static c => c is ' ' or '\t');
            if (TryReadNameBackwards(text, end, out var start, out var nameEnd, minWords: 1)
                && !lexicon.IsPlaceWord(text.AsSpan(start, nameEnd - start)))
            {
                found.Add(new(PersonalDataKind.Name, start, nameEnd, CandidatePriority.Name));
            }
        }
    }

    // "Maria needs help", "José's benefits": a known given name before a verb that people do.
    private void AddGivenNamesBeforeVerbs(string text, List<Candidate> found)
    {
        foreach (var m in givenNameVerb.EnumerateMatches(text))
        {
            if (!TryReadWord(text, m.Index, out var end) || !IsNameWord(text, m.Index, end, WordCase.Capitalised)
                || lexicon.IsPlaceWord(text.AsSpan(m.Index, end - m.Index)) || lexicon.IsPlaceName(text.AsSpan(m.Index, end - m.Index))
                || lexicon.IsOrganisationWord(text.AsSpan(m.Index, end - m.Index))
                || IsAfterPlacePrefix(text, m.Index))
            {
                continue;
            }

            // "Kevin Delgado needs a ramp": the capitalised word before belongs to the name.
            var start = m.Index;
            var before = start > 1 && text[start - 1] == ' ' ? start - 1 : -1;
            var previousStart = before > 0 ? SkipBack(text, before, char.IsLetter) : -1;
            if (previousStart >= 0 && previousStart < before && IsNameWord(text, previousStart, before, WordCase.Capitalised)
                && IsSentenceStart(text, previousStart) && !lexicon.IsPlaceWord(text.AsSpan(previousStart, before - previousStart)))
            {
                start = previousStart;
            }

            // A known given name anywhere; another capitalised word only where it starts the title or a
            // sentence and cannot be a thing ("Housing needs", "Roads need").
            var known = lexicon.IsGivenName(text.AsSpan(m.Index, end - m.Index)) || start < m.Index;
            var word = text.AsSpan(m.Index, end - m.Index);
            var possessive = end < text.Length && text[end] is '\'' or '’';
            if (known || (!possessive && IsSentenceStart(text, m.Index) && !LooksLikeCommonNoun(word) && !IsThingVerb(text, end)))
            {
                found.Add(new(PersonalDataKind.Name, start, end, CandidatePriority.Name));
            }
        }
    }

    private void AddFullNamesOpeningSentences(string text, List<Candidate> found)
    {
        foreach (var m in NameThenSource.EnumerateMatches(text))
        {
            if (!IsSentenceStart(text, m.Index) || !TryReadName(text, m.Index, NameRules.RejectPlaces, out var start, out var end)
                || start != m.Index || CountWords(text, start, end) != 2)
            {
                continue;
            }

            found.Add(new(PersonalDataKind.Name, start, end, CandidatePriority.Name));
        }
    }

    // "Water needs testing", "Broadband need": "need" says little about a person; "lost", "can't", "perdió" say more.
    private static bool IsThingVerb(string text, int end)
    {
        var next = SkipSpaces(text, end);
        if (!TryReadWord(text, next, out var nextEnd) || text.AsSpan(next, nextEnd - next) is not ("needs" or "need"))
        {
            return false;
        }

        // "Harold needs help" is a person; "Water needs testing" is not.
        var after = SkipSpaces(text, nextEnd);
        return !(TryReadWord(text, after, out var afterEnd) && text.AsSpan(after, afterEnd - after) is "help" or "ayuda");
    }

    // A name alone on its line, as people sign: "...\nWendy Etsitty\n" (two or three capitalised words).
    private void AddNamesOnOwnLine(string text, List<Candidate> found)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var start = SkipSpaces(text, lineStart);
            var end = lineEnd;
            while (end > start && text[end - 1] is ' ' or '\t' or '\r' or '.' or ',')
            {
                end--;
            }

            if (lineStart > 0 && end - start is > 4 and <= 40
                && TryReadName(text, start, NameRules.RejectPlaces, out var nameStart, out var nameEnd)
                && nameStart == start && nameEnd == end && CountWords(text, start, end) is >= 2 and <= 3)
            {
                found.Add(new(PersonalDataKind.Name, nameStart, nameEnd, CandidatePriority.Name));
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>True after "San", "Santa", "St." or "Doña", where a given name is part of a place.</summary>
    internal static bool IsAfterPlacePrefix(string text, int start)
    {
        var before = SkipBack(text, start, static c => c is ' ' or '\t');
        var wordStart = SkipBack(text, before, static c => char.IsLetter(c) || c == '.');
        var word = text.AsSpan(wordStart, before - wordStart);
        return word is "San" or "Santa" or "Santo" or "St." or "St" or "Saint" or "Doña" or "Dona" or "Los" or "Las";
    }
}
