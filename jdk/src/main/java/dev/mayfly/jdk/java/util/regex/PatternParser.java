package dev.mayfly.jdk.java.util.regex;

import dev.mayfly.jdk.java.util.regex.CharNodes.BackRef;
import dev.mayfly.jdk.java.util.regex.GroupNodes.Branch;
import dev.mayfly.jdk.java.util.regex.GroupNodes.BranchConn;
import dev.mayfly.jdk.java.util.regex.GroupNodes.Head;
import dev.mayfly.jdk.java.util.regex.GroupNodes.Tail;
import dev.mayfly.jdk.java.util.regex.QuantifierNodes.Curly;
import dev.mayfly.jdk.java.util.regex.QuantifierNodes.GroupCurly;
import dev.mayfly.jdk.java.util.regex.QuantifierNodes.Loop;
import dev.mayfly.jdk.java.util.regex.QuantifierNodes.Ques;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a regular expression into {@link Node}s, reading it as java.util.regex.Pattern's javadoc
 * specifies, with the JDK's error descriptions and error indices. The pattern is read as code
 * points, after {@code \Q...\E} quotes have been rewritten as escapes (so, as in the JDK, an error
 * index after a quote counts the rewritten form); two zeros end it.
 */
final class PatternParser {
    private int[] temp;
    private int patternLength;
    private int cursor;
    private int flags;
    private final String pattern;
    /** The second result of a parse method: the last node of what it returned. */
    private Node root;
    private CharPredicate predicate;
    int capturingGroupCount = 1;
    int localCount;
    private boolean hasGroupRef;
    private boolean hasSupplementary;
    private final List<Node> topClosureNodes = new ArrayList<>();
    int loopMemoCount;
    final Map<String, Integer> namedGroups = new HashMap<>();

    PatternParser(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
    }

    /** Whether the pattern holds a supplementary character or a surrogate, or a complemented property. */
    boolean hasSupplementary() {
        return hasSupplementary;
    }

    /** The flags in force at the pattern's end (what {@link Pattern#flags()} answers). */
    int finalFlags() {
        return flags;
    }

    /** Parses the whole pattern and answers its first node. */
    Node parse() {
        int[] points = new int[pattern.length()];
        int count = 0;
        for (int x = 0; x < pattern.length(); ) {
            int c = pattern.codePointAt(x);
            points[count++] = c;
            x += Character.charCount(c);
        }
        patternLength = count;
        for (int k = 0; k < count; k++) {
            int c = points[k];
            if (c >= Character.MIN_SUPPLEMENTARY_CODE_POINT || Character.isSurrogate((char) c)) {
                hasSupplementary = true;
            }
        }
        temp = new int[patternLength + 2];
        System.arraycopy(points, 0, temp, 0, count);
        Node last = new Node.Last();
        Node matchRoot;
        if (has(Pattern.LITERAL)) {
            matchRoot = literal(last);
        } else {
            removeQuotes();
            matchRoot = expr(last);
            if (patternLength != cursor) {
                if (peek() == ')') {
                    throw error("Unmatched closing ')'");
                }
                if (cursor > patternLength) {
                    throw error("Unescaped trailing backslash");
                }
                throw error("Unexpected internal error");
            }
        }
        if (!hasGroupRef) {
            for (Node node : topClosureNodes) {
                if (node instanceof Loop loop) {
                    loop.posIndex = loopMemoCount++;
                }
            }
        }
        return matchRoot;
    }

    private Node literal(Node last) {
        Node head = last;
        for (int i = patternLength - 1; i >= 0; i--) {
            Node n = CharNodes.of(single(temp[i]));
            n.next = head;
            head = n;
        }
        if (patternLength == 0) {
            Node empty = new CharNodes.Empty();
            empty.next = last;
            return empty;
        }
        return head;
    }

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private PatternSyntaxException error(String description) {
        return new PatternSyntaxException(description, pattern, cursor - 1);
    }

    /** Rewrites each {@code \Q...\E} as escaped characters, the way the JDK does before parsing. */
    private void removeQuotes() {
        int i = 0;
        while (i < patternLength - 1) {
            if (temp[i] != '\\') {
                i += 1;
            } else if (temp[i + 1] != 'Q') {
                i += 2;
            } else {
                break;
            }
        }
        if (i >= patternLength - 1) {
            return;
        }
        int j = i;
        i += 2;
        int[] out = new int[j + 3 * (patternLength - i) + 2];
        System.arraycopy(temp, 0, out, 0, j);
        boolean inQuote = true;
        boolean beginQuote = true;
        while (i < patternLength) {
            int c = temp[i++];
            if (!AsciiChars.isAscii(c) || AsciiChars.isAlpha(c)) {
                out[j++] = c;
            } else if (AsciiChars.isDigit(c)) {
                if (beginQuote) {
                    // a digit right after a quote's start must not extend an escape before it
                    out[j++] = '\\';
                    out[j++] = 'x';
                    out[j++] = '3';
                }
                out[j++] = c;
            } else if (c != '\\') {
                if (inQuote) {
                    out[j++] = '\\';
                }
                out[j++] = c;
            } else if (inQuote) {
                inQuote = false;
                if (temp[i] == 'E') {
                    i++;
                } else {
                    inQuote = true;
                    out[j++] = '\\';
                    out[j++] = '\\';
                }
            } else {
                if (temp[i] == 'Q') {
                    i++;
                    inQuote = true;
                    beginQuote = true;
                    continue;
                }
                out[j++] = c;
                if (i != patternLength) {
                    out[j++] = temp[i++];
                }
            }
            beginQuote = false;
        }
        patternLength = j;
        temp = new int[j + 2];
        System.arraycopy(out, 0, temp, 0, j);
    }

    // --- reading the pattern (COMMENTS mode skips whitespace and #-comments) ---

    private int peek() {
        int ch = temp[cursor];
        if (has(Pattern.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int read() {
        int ch = temp[cursor++];
        if (has(Pattern.COMMENTS)) {
            ch = parsePastWhitespace(ch);
        }
        return ch;
    }

    private int next() {
        int ch = temp[++cursor];
        if (has(Pattern.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int nextEscaped() {
        return temp[++cursor];
    }

    private int skip() {
        int i = cursor;
        int ch = temp[i + 1];
        cursor = i + 2;
        return ch;
    }

    private void unread() {
        cursor--;
    }

    private void accept(int ch, String description) {
        int testChar = temp[cursor++];
        if (has(Pattern.COMMENTS)) {
            testChar = parsePastWhitespace(testChar);
        }
        if (ch != testChar) {
            throw error(description);
        }
    }

    private int peekPastWhitespace(int ch) {
        while (AsciiChars.isSpace(ch) || ch == '#') {
            while (AsciiChars.isSpace(ch)) {
                ch = temp[++cursor];
            }
            if (ch == '#') {
                ch = peekPastLine();
            }
        }
        return ch;
    }

    private int parsePastWhitespace(int ch) {
        while (AsciiChars.isSpace(ch) || ch == '#') {
            while (AsciiChars.isSpace(ch)) {
                ch = temp[cursor++];
            }
            if (ch == '#') {
                ch = parsePastLine();
            }
        }
        return ch;
    }

    private int peekPastLine() {
        int ch = temp[++cursor];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[++cursor];
        }
        if (ch == 0 && cursor > patternLength) {
            cursor = patternLength;
            ch = temp[cursor];
        }
        return ch;
    }

    private int parsePastLine() {
        int ch = temp[cursor++];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[cursor++];
        }
        if (ch == 0 && cursor > patternLength) {
            cursor = patternLength;
            ch = temp[cursor++];
        }
        return ch;
    }

    private boolean isLineSeparator(int ch) {
        if (has(Pattern.UNIX_LINES)) {
            return ch == '\n';
        }
        return AnchorNodes.isLineTerminator(ch);
    }

    // --- structure ---

    /** Alternatives separated by {@code |}, each continuing to {@code end}. */
    private Node expr(Node end) {
        Node prev = null;
        Node firstTail = null;
        Branch branch = null;
        BranchConn branchConn = null;
        for (;;) {
            Node node = sequence(end);
            Node nodeTail = root;
            if (prev == null) {
                prev = node;
                firstTail = nodeTail;
            } else {
                if (branchConn == null) {
                    branchConn = new BranchConn();
                    branchConn.next = end;
                }
                if (node == end) {
                    node = null;
                } else {
                    nodeTail.next = branchConn;
                }
                if (prev == branch) {
                    branch.add(node);
                } else {
                    if (prev == end) {
                        prev = null;
                    } else {
                        firstTail.next = branchConn;
                    }
                    prev = branch = new Branch(prev, node, branchConn);
                }
            }
            if (peek() != '|') {
                if (branch != null && prev == branch) {
                    Node merged = mergeSingleCharacters(branch, end);
                    if (merged != null) {
                        root = merged;
                        return merged;
                    }
                }
                return prev;
            }
            next();
        }
    }

    /**
     * An alternation of single characters ({@code a|b|[cd]}) as one character set, or null: it
     * matches the same, and a quantified group of it then has a fixed length, so it iterates
     * instead of recursing once per repetition ({@code (a|b)*} over a long input).
     */
    private static Node mergeSingleCharacters(Branch branch, Node end) {
        CharPredicate union = null;
        for (int n = 0; n < branch.size; n++) {
            Node atom = branch.atoms[n];
            if (!(atom instanceof CharNodes.CharProperty property) || atom.next != branch.conn) {
                return null;
            }
            union = union == null ? property.predicate : union.union(property.predicate);
        }
        Node merged = new CharNodes.MergedAlternation(union);
        merged.next = end;
        return merged;
    }

    /** A sequence of quantified atoms up to {@code |}, {@code )} or the end. */
    private Node sequence(Node end) {
        Node head = null;
        Node tail = null;
        Node node;
        loop:
        for (;;) {
            int ch = peek();
            switch (ch) {
                case '(' -> {
                    node = group0();
                    if (node == null) {
                        continue;
                    }
                    if (head == null) {
                        head = node;
                    } else {
                        tail.next = node;
                    }
                    tail = root;
                    continue;
                }
                case '[' -> node = CharNodes.of(clazz(true));
                case '\\' -> {
                    ch = nextEscaped();
                    if (ch == 'p' || ch == 'P') {
                        boolean oneLetter = true;
                        boolean comp = ch == 'P';
                        ch = next();
                        if (ch != '{') {
                            unread();
                        } else {
                            oneLetter = false;
                        }
                        node = CharNodes.of(family(oneLetter, comp));
                    } else {
                        unread();
                        node = atom();
                    }
                }
                case '^' -> {
                    next();
                    node = has(Pattern.MULTILINE) ? new AnchorNodes.Caret(has(Pattern.UNIX_LINES)) : new AnchorNodes.Begin();
                }
                case '$' -> {
                    next();
                    node = has(Pattern.UNIX_LINES) ? new AnchorNodes.UnixDollar(has(Pattern.MULTILINE))
                            : new AnchorNodes.Dollar(has(Pattern.MULTILINE));
                }
                case '.' -> {
                    next();
                    CharPredicate dot;
                    if (has(Pattern.DOTALL)) {
                        dot = c -> true;
                    } else if (has(Pattern.UNIX_LINES)) {
                        dot = c -> c != '\n';
                    } else {
                        dot = c -> !AnchorNodes.isLineTerminator(c);
                    }
                    node = new CharNodes.CharProperty(dot);
                }
                case '|', ')' -> {
                    break loop;
                }
                case '?', '*', '+' -> {
                    next();
                    throw error("Dangling meta character '" + ((char) ch) + "'");
                }
                case 0 -> {
                    if (cursor >= patternLength) {
                        break loop;
                    }
                    node = atom();
                }
                default -> node = atom();
            }
            node = closure(node);
            if (head == null) {
                head = node;
            } else {
                tail.next = node;
            }
            tail = node;
        }
        if (head == null) {
            return end;
        }
        tail.next = end;
        root = tail;
        return head;
    }

    /** One literal character or escape (the JDK gathers literals into one node; one per character matches the same). */
    private Node atom() {
        int ch = peek();
        switch (ch) {
            case '*', '+', '?', '{' -> {
                return new CharNodes.Empty();
            }
            case '\\' -> {
                ch = escape(false, true, false);
                if (ch >= 0) {
                    if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT || Character.isSurrogate((char) ch)) {
                        hasSupplementary = true;
                    }
                    return CharNodes.of(single(ch));
                }
                return root;
            }
            case 0 -> {
                if (cursor >= patternLength) {
                    return new CharNodes.Empty();
                }
                next();
                return CharNodes.of(single(ch));
            }
            default -> {
                next();
                return CharNodes.of(single(ch));
            }
        }
    }

    /** A quantifier after {@code prev}, if one follows. */
    private Node closure(Node prev) {
        int ch = peek();
        switch (ch) {
            case '?':
                ch = next();
                if (ch == '?') {
                    next();
                    return new Ques(prev, QuantifierNodes.LAZY);
                } else if (ch == '+') {
                    next();
                    return new Ques(prev, QuantifierNodes.POSSESSIVE);
                }
                return new Ques(prev, QuantifierNodes.GREEDY);
            case '*':
                return curly(prev, 0);
            case '+':
                return curly(prev, 1);
            case '{':
                ch = temp[cursor + 1];
                if (AsciiChars.isDigit(ch)) {
                    skip();
                    int cmin = 0;
                    do {
                        if (cmin > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                            throw error("Illegal repetition range");
                        }
                        cmin = cmin * 10 + (ch - '0');
                    } while (AsciiChars.isDigit(ch = read()));
                    int cmax = cmin;
                    if (ch == ',') {
                        ch = read();
                        cmax = QuantifierNodes.MAX_REPS;
                        if (ch != '}') {
                            cmax = 0;
                            while (AsciiChars.isDigit(ch)) {
                                if (cmax > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                                    throw error("Illegal repetition range");
                                }
                                cmax = cmax * 10 + (ch - '0');
                                ch = read();
                            }
                        }
                    }
                    if (ch != '}') {
                        throw error("Unclosed counted closure");
                    }
                    if (cmax < cmin) {
                        throw error("Illegal repetition range");
                    }
                    ch = peek();
                    int type = QuantifierNodes.GREEDY;
                    if (ch == '?') {
                        next();
                        type = QuantifierNodes.LAZY;
                    } else if (ch == '+') {
                        next();
                        type = QuantifierNodes.POSSESSIVE;
                    }
                    if (type == QuantifierNodes.GREEDY && cmax == QuantifierNodes.MAX_REPS
                            && prev instanceof CharNodes.CharProperty property) {
                        return new QuantifierNodes.CharPropertyGreedy(property, cmin);
                    }
                    if (cmin == 0 && cmax == 1) {
                        // the JDK reads X{0,1} as X? (observable in a quantified group's span)
                        return new Ques(prev, type);
                    }
                    return new Curly(prev, cmin, cmax, type);
                }
                skip();
                throw error("Illegal repetition");
            default:
                return prev;
        }
    }

    private Node curly(Node prev, int cmin) {
        int ch = next();
        if (ch == '?') {
            next();
            return new Curly(prev, cmin, QuantifierNodes.MAX_REPS, QuantifierNodes.LAZY);
        } else if (ch == '+') {
            next();
            return new Curly(prev, cmin, QuantifierNodes.MAX_REPS, QuantifierNodes.POSSESSIVE);
        }
        if (prev instanceof CharNodes.CharProperty property) {
            return new QuantifierNodes.CharPropertyGreedy(property, cmin);
        }
        return new Curly(prev, cmin, QuantifierNodes.MAX_REPS, QuantifierNodes.GREEDY);
    }

    private Head createGroup(boolean anonymous) {
        int localIndex = localCount++;
        int groupNumber = 0;
        if (!anonymous) {
            groupNumber = capturingGroupCount++;
        }
        Head head = new Head(localIndex);
        root = new Tail(localIndex, groupNumber);
        return head;
    }

    /** A group: capturing, named, non-capturing, lookaround, atomic, or inline flags (null). */
    private Node group0() {
        boolean capturingGroup = false;
        Node head;
        Node tail;
        int save = flags;
        int saveClosureCount = topClosureNodes.size();
        root = null;
        int ch = next();
        if (ch == '?') {
            ch = skip();
            switch (ch) {
                case ':' -> {
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                }
                case '=', '!' -> {
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                    head = tail = ch == '=' ? new GroupNodes.Pos(head) : new GroupNodes.Neg(head);
                }
                case '>' -> {
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                    head = tail = new Ques(head, QuantifierNodes.INDEPENDENT);
                }
                case '<' -> {
                    ch = read();
                    if (ch != '=' && ch != '!') {
                        String name = groupName(ch);
                        if (namedGroups.containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined");
                        }
                        capturingGroup = true;
                        head = createGroup(false);
                        tail = root;
                        namedGroups.put(name, capturingGroupCount - 1);
                        head.next = expr(tail);
                    } else {
                        head = createGroup(true);
                        tail = root;
                        head.next = expr(tail);
                        tail.next = new GroupNodes.LookBehindEnd();
                        Node.TreeInfo info = new Node.TreeInfo();
                        head.study(info);
                        if (!info.maxValid) {
                            throw error("Look-behind group does not have an obvious maximum length");
                        }
                        head = tail = new GroupNodes.Behind(head, info.maxLength, info.minLength, ch == '=');
                        if (saveClosureCount < topClosureNodes.size()) {
                            topClosureNodes.subList(saveClosureCount, topClosureNodes.size()).clear();
                        }
                    }
                }
                case '$', '@' -> throw error("Unknown group type");
                default -> {
                    unread();
                    addFlag();
                    ch = read();
                    if (ch == ')') {
                        return null;
                    }
                    if (ch != ':') {
                        throw error("Unknown inline modifier");
                    }
                    head = createGroup(true);
                    tail = root;
                    head.next = expr(tail);
                }
            }
        } else {
            capturingGroup = true;
            head = createGroup(false);
            tail = root;
            head.next = expr(tail);
        }
        accept(')', "Unclosed group");
        flags = save;

        Node node = closure(head);
        if (node == head) {
            root = tail;
            return node;
        }
        if (head == tail) {
            root = node;
            return node;
        }
        if (saveClosureCount < topClosureNodes.size()) {
            topClosureNodes.subList(saveClosureCount, topClosureNodes.size()).clear();
        }
        if (node instanceof Ques ques) {
            if (ques.type == QuantifierNodes.POSSESSIVE) {
                root = node;
                return node;
            }
            BranchConn branchConn = new BranchConn();
            tail = tail.next = branchConn;
            if (ques.type == QuantifierNodes.GREEDY) {
                head = new Branch(head, null, branchConn);
            } else {
                head = new Branch(null, head, branchConn);
            }
            root = branchConn;
            return head;
        }
        Curly curly = (Curly) node;
        if (curly.type == QuantifierNodes.POSSESSIVE) {
            root = node;
            return node;
        }
        Node.TreeInfo info = new Node.TreeInfo();
        boolean deterministic = head.study(info);
        boolean mergedAlternation = head.next instanceof CharNodes.MergedAlternation && head.next.next == tail;
        if (deterministic || mergedAlternation) {
            Tail groupTail = (Tail) tail;
            head = root = new GroupCurly(head.next, curly.cmin, curly.cmax, curly.type,
                    groupTail.localIndex, groupTail.groupIndex, capturingGroup, !deterministic);
            return head;
        }
        int beginIndex = ((Head) head).localIndex;
        Loop loop;
        if (curly.type == QuantifierNodes.GREEDY) {
            loop = new Loop(localCount, beginIndex);
            if (curly.cmax == QuantifierNodes.MAX_REPS) {
                topClosureNodes.add(loop);
            }
        } else {
            loop = new QuantifierNodes.LazyLoop(localCount, beginIndex);
        }
        QuantifierNodes.Prolog prolog = new QuantifierNodes.Prolog(loop);
        localCount += 1;
        loop.cmin = curly.cmin;
        loop.cmax = curly.cmax;
        loop.body = head;
        tail.next = loop;
        root = loop;
        return prolog;
    }

    private String groupName(int ch) {
        StringBuilder sb = new StringBuilder();
        if (!AsciiChars.isAlpha(ch)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            sb.append((char) ch);
        } while (AsciiChars.isAlnum(ch = read()));
        if (ch != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return sb.toString();
    }

    private void addFlag() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i' -> flags |= Pattern.CASE_INSENSITIVE;
                case 'm' -> flags |= Pattern.MULTILINE;
                case 's' -> flags |= Pattern.DOTALL;
                case 'd' -> flags |= Pattern.UNIX_LINES;
                case 'u' -> flags |= Pattern.UNICODE_CASE;
                case 'c' -> flags |= Pattern.CANON_EQ;
                case 'x' -> flags |= Pattern.COMMENTS;
                case 'U' -> flags |= Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
                case '-' -> {
                    next();
                    subFlag();
                    return;
                }
                default -> {
                    return;
                }
            }
            ch = next();
        }
    }

    private void subFlag() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i' -> flags &= ~Pattern.CASE_INSENSITIVE;
                case 'm' -> flags &= ~Pattern.MULTILINE;
                case 's' -> flags &= ~Pattern.DOTALL;
                case 'd' -> flags &= ~Pattern.UNIX_LINES;
                case 'u' -> flags &= ~Pattern.UNICODE_CASE;
                case 'c' -> flags &= ~Pattern.CANON_EQ;
                case 'x' -> flags &= ~Pattern.COMMENTS;
                case 'U' -> flags &= ~(Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE);
                default -> {
                    return;
                }
            }
            ch = next();
        }
    }

    // --- characters and classes ---

    /** One character, with its case variants under CASE_INSENSITIVE (and UNICODE_CASE). */
    private CharPredicate single(int ch) {
        if (has(Pattern.CASE_INSENSITIVE)) {
            if (has(Pattern.UNICODE_CASE)) {
                int upper = Character.toUpperCase(ch);
                int lower = Character.toLowerCase(upper);
                if (upper != lower) {
                    return c -> c == lower || Character.toLowerCase(Character.toUpperCase(c)) == lower;
                }
            } else if (AsciiChars.isAscii(ch) && AsciiChars.isAlpha(ch)) {
                int lower = AsciiChars.toLower(ch);
                int upper = AsciiChars.toUpper(ch);
                if (lower != upper) {
                    return CharClasses.bmp(c -> c == lower || c == upper);
                }
            }
        }
        if (Character.isSupplementaryCodePoint(ch)) {
            return c -> c == ch;
        }
        return CharClasses.bmp(c -> c == ch);
    }

    /** A character class {@code [...]}, cursor on the {@code [}; consumes the {@code ]} if asked. */
    private CharPredicate clazz(boolean consume) {
        CharPredicate prev = null;
        CharPredicate curr = null;
        CharPredicate.Latin1Set bits = new CharPredicate.Latin1Set();
        boolean isNeg = false;
        boolean hasBits = false;
        int ch = next();
        if (ch == '^' && temp[cursor - 1] == '[') {
            ch = next();
            isNeg = true;
        }
        for (;;) {
            switch (ch) {
                case '[':
                    curr = clazz(true);
                    prev = prev == null ? curr : prev.union(curr);
                    ch = peek();
                    continue;
                case '&':
                    ch = next();
                    if (ch == '&') {
                        ch = next();
                        CharPredicate right = null;
                        while (ch != ']' && ch != '&') {
                            if (ch == '[') {
                                right = right == null ? clazz(true) : right.union(clazz(true));
                            } else {
                                unread();
                                right = right == null ? clazz(false) : right.union(clazz(false));
                            }
                            ch = peek();
                        }
                        if (hasBits) {
                            if (prev == null) {
                                prev = curr = bits;
                            } else {
                                prev = prev.union(bits);
                            }
                            hasBits = false;
                        }
                        if (right != null) {
                            curr = right;
                        }
                        if (prev == null) {
                            if (right == null) {
                                throw error("Bad class syntax");
                            }
                            prev = right;
                        } else {
                            prev = prev.and(curr);
                        }
                    } else {
                        unread();
                        break;
                    }
                    continue;
                case 0:
                    if (cursor >= patternLength) {
                        throw error("Unclosed character class");
                    }
                    break;
                case ']':
                    if (prev != null || hasBits) {
                        if (consume) {
                            next();
                        }
                        if (prev == null) {
                            prev = bits;
                        } else if (hasBits) {
                            prev = prev.union(bits);
                        }
                        return isNeg ? prev.negate() : prev;
                    }
                    break;
                default:
                    break;
            }
            curr = range(bits);
            if (curr == null) {
                hasBits = true;
            } else if (prev == null) {
                prev = curr;
            } else if (prev != curr) {
                prev = prev.union(curr);
            }
            ch = peek();
        }
    }

    private CharPredicate bitsOrSingle(CharPredicate.Latin1Set bits, int ch) {
        if (ch < 256 && !(has(Pattern.CASE_INSENSITIVE) && has(Pattern.UNICODE_CASE)
                && (ch == 0xff || ch == 0xb5 || ch == 0x49 || ch == 0x69 || ch == 0x53 || ch == 0x73
                || ch == 0x4b || ch == 0x6b || ch == 0xc5 || ch == 0xe5))) {
            bits.add(ch, flags);
            return null;
        }
        return single(ch);
    }

    /** One member of a class: a character, a range, an escape or a property. */
    private CharPredicate range(CharPredicate.Latin1Set bits) {
        int ch = peek();
        if (ch == '\\') {
            ch = nextEscaped();
            if (ch == 'p' || ch == 'P') {
                boolean comp = ch == 'P';
                boolean oneLetter = true;
                ch = next();
                if (ch != '{') {
                    unread();
                } else {
                    oneLetter = false;
                }
                return family(oneLetter, comp);
            }
            boolean isRange = temp[cursor + 1] == '-';
            unread();
            ch = escape(true, true, isRange);
            if (ch == -1) {
                return predicate;
            }
        } else {
            next();
        }
        if (ch >= 0) {
            if (peek() == '-') {
                int endRange = temp[cursor + 1];
                if (endRange == '[') {
                    return bitsOrSingle(bits, ch);
                }
                if (endRange != ']') {
                    next();
                    int m = peek();
                    if (m == '\\') {
                        m = escape(true, false, true);
                    } else {
                        next();
                    }
                    if (m < ch) {
                        throw error("Illegal character range");
                    }
                    int lower = ch;
                    int upper = m;
                    if (has(Pattern.CASE_INSENSITIVE)) {
                        if (has(Pattern.UNICODE_CASE)) {
                            return c -> {
                                if (c >= lower && c <= upper) {
                                    return true;
                                }
                                int up = Character.toUpperCase(c);
                                if (up >= lower && up <= upper) {
                                    return true;
                                }
                                int low = Character.toLowerCase(up);
                                return low >= lower && low <= upper;
                            };
                        }
                        return c -> (c >= lower && c <= upper) || (AsciiChars.isAscii(c)
                                && ((AsciiChars.toUpper(c) >= lower && AsciiChars.toUpper(c) <= upper)
                                || (AsciiChars.toLower(c) >= lower && AsciiChars.toLower(c) <= upper)));
                    }
                    if (upper < Character.MIN_HIGH_SURROGATE
                            || (lower > Character.MAX_LOW_SURROGATE && upper < Character.MIN_SUPPLEMENTARY_CODE_POINT)) {
                        return CharClasses.bmp(c -> c >= lower && c <= upper);
                    }
                    return c -> c >= lower && c <= upper;
                }
            }
            return bitsOrSingle(bits, ch);
        }
        throw error("Unexpected character '" + ((char) ch) + "'");
    }

    /** {@code \p{name}} or {@code \pL} (cursor after the {@code p} or on the {@code {}). */
    private CharPredicate family(boolean singleLetter, boolean isComplement) {
        next();
        String name;
        CharPredicate p = null;
        if (singleLetter) {
            int c = temp[cursor];
            name = new StringBuilder().appendCodePoint(c).toString();
            read();
        } else {
            int i = cursor;
            temp[patternLength] = '}';
            while (read() != '}') {
                // skip to the closing brace
            }
            temp[patternLength] = 0;
            int j = cursor;
            if (j > patternLength) {
                throw error("Unclosed character family");
            }
            if (i + 1 >= j) {
                throw error("Empty character family");
            }
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < j - 1; k++) {
                sb.appendCodePoint(temp[k]);
            }
            name = sb.toString();
        }
        int eq = name.indexOf('=');
        if (eq != -1) {
            String value = name.substring(eq + 1);
            name = name.substring(0, eq).toLowerCase();
            switch (name) {
                case "blk", "block" -> p = CharClasses.forUnicodeBlock(value);
                case "gc", "general_category" -> p = CharClasses.forProperty(value, has(Pattern.CASE_INSENSITIVE));
                default -> {
                }
            }
            if (p == null) {
                throw error("Unknown Unicode property {name=<" + name + ">, value=<" + value + ">}");
            }
        } else {
            if (name.startsWith("In")) {
                p = CharClasses.forUnicodeBlock(name.substring(2));
            } else if (name.startsWith("Is")) {
                String shortName = name.substring(2);
                p = CharClasses.forUnicodeProperty(shortName, has(Pattern.CASE_INSENSITIVE));
                if (p == null) {
                    p = CharClasses.forProperty(shortName, has(Pattern.CASE_INSENSITIVE));
                }
            } else {
                if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
                    p = CharClasses.forPosixName(name, has(Pattern.CASE_INSENSITIVE));
                }
                if (p == null) {
                    p = CharClasses.forProperty(name, has(Pattern.CASE_INSENSITIVE));
                }
            }
            if (p == null) {
                throw error("Unknown character property name {" + name + "}");
            }
        }
        if (isComplement) {
            hasSupplementary = true;
            p = p.negate();
        }
        return p;
    }

    /**
     * An escape, cursor on the backslash: answers the character it stands for, or -1 when it is
     * a class (then in {@link #predicate}, and as a node in {@link #root} when {@code create}) or
     * an assertion or back reference (in {@link #root}).
     */
    private int escape(boolean inClass, boolean create, boolean isRange) {
        int ch = skip();
        switch (ch) {
            case '0':
                return octal();
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = ref(ch - '0');
                }
                return -1;
            case 'A':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = new AnchorNodes.Begin();
                }
                return -1;
            case 'B':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = new AnchorNodes.Bound(false, has(Pattern.UNICODE_CHARACTER_CLASS));
                }
                return -1;
            case 'D':
                return predefined(digitClass().negate(), inClass, create);
            case 'G':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = new AnchorNodes.LastMatch();
                }
                return -1;
            case 'H':
                return predefined(CharClasses.horizontalSpace().negate(), inClass, create);
            case 'R':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = new CharNodes.LineEnding();
                }
                return -1;
            case 'S':
                return predefined(spaceClass().negate(), inClass, create);
            case 'V':
                return predefined(CharClasses.verticalSpace().negate(), inClass, create);
            case 'W':
                return predefined(wordClass().negate(), inClass, create);
            case 'X':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = new CharNodes.Grapheme();
                }
                return -1;
            case 'Z':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = has(Pattern.UNIX_LINES) ? new AnchorNodes.UnixDollar(false) : new AnchorNodes.Dollar(false);
                }
                return -1;
            case 'a':
                return '\007';
            case 'b':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = new AnchorNodes.Bound(true, has(Pattern.UNICODE_CHARACTER_CLASS));
                }
                return -1;
            case 'c':
                return control();
            case 'd':
                return predefined(digitClass(), inClass, create);
            case 'e':
                return '\033';
            case 'f':
                return '\f';
            case 'h':
                return predefined(CharClasses.horizontalSpace(), inClass, create);
            case 'k':
                if (inClass) {
                    break;
                }
                if (read() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupName(read());
                if (!namedGroups.containsKey(name)) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                if (create) {
                    hasGroupRef = true;
                    root = new BackRef(namedGroups.get(name), has(Pattern.CASE_INSENSITIVE), has(Pattern.UNICODE_CASE));
                }
                return -1;
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 's':
                return predefined(spaceClass(), inClass, create);
            case 't':
                return '\t';
            case 'u':
                return unicode();
            case 'v':
                if (isRange) {
                    return '\013';
                }
                return predefined(CharClasses.verticalSpace(), inClass, create);
            case 'w':
                return predefined(wordClass(), inClass, create);
            case 'x':
                return hex();
            case 'z':
                if (inClass) {
                    break;
                }
                if (create) {
                    root = new AnchorNodes.End();
                }
                return -1;
            case 'C', 'E', 'F', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'T', 'U', 'Y',
                    'g', 'i', 'j', 'l', 'm', 'o', 'p', 'q', 'y':
                break;
            default:
                return ch;
        }
        throw error("Illegal/unsupported escape sequence");
    }

    private CharPredicate digitClass() {
        return has(Pattern.UNICODE_CHARACTER_CLASS) ? CharClasses.forPosixName("DIGIT", false) : CharClasses.digit();
    }

    private CharPredicate spaceClass() {
        return has(Pattern.UNICODE_CHARACTER_CLASS) ? CharClasses.forPosixName("SPACE", false) : CharClasses.space();
    }

    private CharPredicate wordClass() {
        return has(Pattern.UNICODE_CHARACTER_CLASS) ? CharClasses.unicodeWord() : CharClasses.word();
    }

    private int predefined(CharPredicate p, boolean inClass, boolean create) {
        if (create) {
            predicate = p;
            if (!inClass) {
                root = CharNodes.of(p);
            }
        }
        return -1;
    }

    private Node ref(int refNum) {
        boolean done = false;
        while (!done) {
            int ch = peek();
            if (ch >= '0' && ch <= '9') {
                int newRefNum = refNum * 10 + (ch - '0');
                if (capturingGroupCount - 1 < newRefNum) {
                    done = true;
                } else {
                    refNum = newRefNum;
                    read();
                }
            } else {
                done = true;
            }
        }
        hasGroupRef = true;
        return new BackRef(refNum, has(Pattern.CASE_INSENSITIVE), has(Pattern.UNICODE_CASE));
    }

    private int octal() {
        int n = read();
        if (((n - '0') | ('7' - n)) >= 0) {
            int m = read();
            if (((m - '0') | ('7' - m)) >= 0) {
                int o = read();
                if ((((o - '0') | ('7' - o)) >= 0) && (((n - '0') | ('3' - n)) >= 0)) {
                    return (n - '0') * 64 + (m - '0') * 8 + (o - '0');
                }
                unread();
                return (n - '0') * 8 + (m - '0');
            }
            unread();
            return n - '0';
        }
        throw error("Illegal octal escape sequence");
    }

    private int control() {
        if (cursor < patternLength) {
            return read() ^ 64;
        }
        throw error("Illegal control escape sequence");
    }

    private int hex() {
        int n = read();
        if (AsciiChars.isHexDigit(n)) {
            int m = read();
            if (AsciiChars.isHexDigit(m)) {
                return AsciiChars.hexValue(n) * 16 + AsciiChars.hexValue(m);
            }
        } else if (n == '{' && AsciiChars.isHexDigit(peek())) {
            int ch = 0;
            while (AsciiChars.isHexDigit(n = read())) {
                ch = (ch << 4) + AsciiChars.hexValue(n);
                if (ch > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (n != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            return ch;
        }
        throw error("Illegal hexadecimal escape sequence");
    }

    private int unicode() {
        int n = fourHexDigits();
        if (Character.isHighSurrogate((char) n)) {
            int cur = cursor;
            if (read() == '\\' && read() == 'u') {
                int n2 = fourHexDigits();
                if (Character.isLowSurrogate((char) n2)) {
                    return Character.toCodePoint((char) n, (char) n2);
                }
            }
            cursor = cur;
        }
        return n;
    }

    private int fourHexDigits() {
        int n = 0;
        for (int i = 0; i < 4; i++) {
            int ch = read();
            if (!AsciiChars.isHexDigit(ch)) {
                throw error("Illegal Unicode escape sequence");
            }
            n = n * 16 + AsciiChars.hexValue(ch);
        }
        return n;
    }
}
