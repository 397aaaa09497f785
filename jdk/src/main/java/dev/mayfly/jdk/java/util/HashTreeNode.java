package dev.mayfly.jdk.java.util;

/**
 * A node of a HashMap bucket that has become a red-black tree. The tree is ordered by hash, then
 * by {@code compareTo} when the keys are of one comparable class, then by class name and identity
 * hash; the nodes also stay on the bucket's doubly linked list, which iteration follows: a new
 * node is linked right after its tree parent and the root is moved to the front after each change,
 * so the order HotSpot prints for a treeified bucket comes out the same. Rotations and colour
 * fixes are the textbook (CLRS) red-black insertion and deletion.
 */
final class HashTreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
    HashTreeNode<K, V> parent;
    HashTreeNode<K, V> left;
    HashTreeNode<K, V> right;
    /** The previous node on the bucket's list (the next one is {@code next}). */
    HashTreeNode<K, V> prev;
    boolean red;

    HashTreeNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        super(hash, key, value, next);
    }

    HashTreeNode<K, V> root() {
        HashTreeNode<K, V> r = this;
        while (r.parent != null) {
            r = r.parent;
        }
        return r;
    }

    /** Makes {@code root} the bucket's first node, on the table and on the list. */
    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, HashTreeNode<K, V> root) {
        if (root == null || tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & root.hash;
        HashTreeNode<K, V> first = (HashTreeNode<K, V>) tab[index];
        if (root == first) {
            return;
        }
        tab[index] = root;
        HashTreeNode<K, V> rp = root.prev;
        HashMap.Node<K, V> rn = root.next;
        if (rn != null) {
            ((HashTreeNode<K, V>) rn).prev = rp;
        }
        if (rp != null) {
            rp.next = rn;
        }
        if (first != null) {
            first.prev = root;
        }
        root.next = first;
        root.prev = null;
    }

    /** The node of {@code k} (hash {@code h}) in the subtree under this one; {@code kc} caches k's comparable class. */
    HashTreeNode<K, V> find(int h, Object k, Class<?> kc) {
        HashTreeNode<K, V> p = this;
        do {
            HashTreeNode<K, V> pl = p.left;
            HashTreeNode<K, V> pr = p.right;
            int ph = p.hash;
            if (ph > h) {
                p = pl;
            } else if (ph < h) {
                p = pr;
            } else if (HashMap.sameKey(k, p.key)) {
                return p;
            } else if (pl == null) {
                p = pr;
            } else if (pr == null) {
                p = pl;
            } else {
                if (kc == null) {
                    kc = comparableClassFor(k);
                }
                int dir = kc == null ? 0 : compareComparables(kc, k, p.key);
                if (dir != 0) {
                    p = dir < 0 ? pl : pr;
                } else {
                    HashTreeNode<K, V> q = pr.find(h, k, kc);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
        } while (p != null);
        return null;
    }

    HashTreeNode<K, V> getTreeNode(int h, Object k) {
        return (parent != null ? root() : this).find(h, k, null);
    }

    /** The key's class if it is String or implements Comparable itself, else null. */
    static Class<?> comparableClassFor(Object x) {
        if (!(x instanceof Comparable)) {
            return null;
        }
        Class<?> c = x.getClass();
        if (c == String.class) {
            return c;
        }
        for (Class<?> i : c.getInterfaces()) {
            if (i == Comparable.class) {
                return c;
            }
        }
        return null;
    }

    /** {@code k.compareTo(x)} when x is of class kc, else 0. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareComparables(Class<?> kc, Object k, Object x) {
        return x == null || x.getClass() != kc ? 0 : ((Comparable) k).compareTo(x);
    }

    /** An order for keys of equal hash that do not compare: class name, then identity hash; never 0. */
    static int tieBreakOrder(Object a, Object b) {
        int d = 0;
        if (a != null && b != null) {
            d = a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (d == 0) {
            d = System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
        }
        return d;
    }

    /** Which side of {@code p} a key of hash h belongs on (never 0: ties are broken). */
    private static int direction(int h, Object k, Class<?>[] kc, Object pk, int ph) {
        if (ph > h) {
            return -1;
        }
        if (ph < h) {
            return 1;
        }
        if (kc[0] == null) {
            kc[0] = comparableClassFor(k);
            if (kc[0] == null) {
                return tieBreakOrder(k, pk);
            }
        }
        int dir = compareComparables(kc[0], k, pk);
        return dir != 0 ? dir : tieBreakOrder(k, pk);
    }

    /** Builds the tree from the list that starts at this node, then moves its root to the front. */
    void treeify(HashMap.Node<K, V>[] tab) {
        HashTreeNode<K, V> root = null;
        HashTreeNode<K, V> next;
        for (HashTreeNode<K, V> x = this; x != null; x = next) {
            next = (HashTreeNode<K, V>) x.next;
            x.left = null;
            x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
                continue;
            }
            Class<?>[] kc = new Class<?>[1];
            for (HashTreeNode<K, V> p = root;;) {
                int dir = direction(x.hash, x.key, kc, p.key, p.hash);
                HashTreeNode<K, V> xp = p;
                p = dir <= 0 ? p.left : p.right;
                if (p == null) {
                    x.parent = xp;
                    if (dir <= 0) {
                        xp.left = x;
                    } else {
                        xp.right = x;
                    }
                    root = balanceInsertion(root, x);
                    break;
                }
            }
        }
        moveRootToFront(tab, root);
    }

    /** The list of plain nodes for the list that starts at this node. */
    HashMap.Node<K, V> untreeify(HashMap<K, V> map) {
        HashMap.Node<K, V> head = null;
        HashMap.Node<K, V> tail = null;
        for (HashMap.Node<K, V> q = this; q != null; q = q.next) {
            HashMap.Node<K, V> p = map.replacementNode(q, null);
            if (tail == null) {
                head = p;
            } else {
                tail.next = p;
            }
            tail = p;
        }
        return head;
    }

    /** Finds or inserts {@code k}: returns the existing node, or null after inserting a new one. */
    HashTreeNode<K, V> putTreeVal(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int h, K k, V v) {
        Class<?> kc = null;
        boolean searched = false;
        HashTreeNode<K, V> root = parent != null ? root() : this;
        for (HashTreeNode<K, V> p = root;;) {
            int dir;
            int ph = p.hash;
            K pk = p.key;
            if (ph > h) {
                dir = -1;
            } else if (ph < h) {
                dir = 1;
            } else if (pk == k || (k != null && k.equals(pk))) {
                return p;
            } else {
                if (kc == null) {
                    kc = comparableClassFor(k);
                }
                dir = kc == null ? 0 : compareComparables(kc, k, pk);
                if (dir == 0) {
                    if (!searched) {
                        searched = true;
                        HashTreeNode<K, V> q = null;
                        if (p.left != null) {
                            q = p.left.find(h, k, kc);
                        }
                        if (q == null && p.right != null) {
                            q = p.right.find(h, k, kc);
                        }
                        if (q != null) {
                            return q;
                        }
                    }
                    dir = tieBreakOrder(k, pk);
                }
            }
            HashTreeNode<K, V> xp = p;
            p = dir <= 0 ? p.left : p.right;
            if (p == null) {
                HashMap.Node<K, V> xpn = xp.next;
                HashTreeNode<K, V> x = map.newTreeNode(h, k, v, xpn);
                if (dir <= 0) {
                    xp.left = x;
                } else {
                    xp.right = x;
                }
                xp.next = x;
                x.parent = xp;
                x.prev = xp;
                if (xpn != null) {
                    ((HashTreeNode<K, V>) xpn).prev = x;
                }
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
        }
    }

    /** Unlinks this node from its bucket's list and tree; a tree grown too small becomes a list. */
    void removeTreeNode(HashMap<K, V> map, HashMap.Node<K, V>[] tab, boolean movable) {
        if (tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & hash;
        HashTreeNode<K, V> first = (HashTreeNode<K, V>) tab[index];
        HashTreeNode<K, V> root = first;
        HashTreeNode<K, V> succ = (HashTreeNode<K, V>) next;
        HashTreeNode<K, V> pred = prev;
        if (pred == null) {
            first = succ;
            tab[index] = first;
        } else {
            pred.next = succ;
        }
        if (succ != null) {
            succ.prev = pred;
        }
        if (first == null) {
            return;
        }
        if (root.parent != null) {
            root = root.root();
        }
        if (root == null || (movable && (root.right == null || root.left == null || root.left.left == null))) {
            tab[index] = first.untreeify(map);
            return;
        }
        HashTreeNode<K, V> p = this;
        HashTreeNode<K, V> pl = left;
        HashTreeNode<K, V> pr = right;
        HashTreeNode<K, V> replacement;
        if (pl != null && pr != null) {
            // swap p with its successor s, the leftmost node of its right subtree
            HashTreeNode<K, V> s = pr;
            while (s.left != null) {
                s = s.left;
            }
            boolean c = s.red;
            s.red = p.red;
            p.red = c;
            HashTreeNode<K, V> sr = s.right;
            HashTreeNode<K, V> pp = p.parent;
            if (s == pr) {
                p.parent = s;
                s.right = p;
            } else {
                HashTreeNode<K, V> sp = s.parent;
                p.parent = sp;
                if (sp != null) {
                    if (s == sp.left) {
                        sp.left = p;
                    } else {
                        sp.right = p;
                    }
                }
                s.right = pr;
                pr.parent = s;
            }
            p.left = null;
            p.right = sr;
            if (sr != null) {
                sr.parent = p;
            }
            s.left = pl;
            pl.parent = s;
            s.parent = pp;
            if (pp == null) {
                root = s;
            } else if (p == pp.left) {
                pp.left = s;
            } else {
                pp.right = s;
            }
            replacement = sr != null ? sr : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            HashTreeNode<K, V> pp = p.parent;
            replacement.parent = pp;
            if (pp == null) {
                root = replacement;
                root.red = false;
            } else if (p == pp.left) {
                pp.left = replacement;
            } else {
                pp.right = replacement;
            }
            p.left = null;
            p.right = null;
            p.parent = null;
        }
        HashTreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            HashTreeNode<K, V> pp = p.parent;
            p.parent = null;
            if (pp != null) {
                if (p == pp.left) {
                    pp.left = null;
                } else if (p == pp.right) {
                    pp.right = null;
                }
            }
        }
        if (movable) {
            moveRootToFront(tab, r);
        }
    }

    /** Splits this bucket's nodes between index and index + bit of a doubled table, keeping list order. */
    void split(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index, int bit) {
        HashTreeNode<K, V> loHead = null;
        HashTreeNode<K, V> loTail = null;
        HashTreeNode<K, V> hiHead = null;
        HashTreeNode<K, V> hiTail = null;
        int lc = 0;
        int hc = 0;
        HashTreeNode<K, V> next;
        for (HashTreeNode<K, V> e = this; e != null; e = next) {
            next = (HashTreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                e.prev = loTail;
                if (loTail == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
                lc++;
            } else {
                e.prev = hiTail;
                if (hiTail == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
                hc++;
            }
        }
        if (loHead != null) {
            if (lc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index] = loHead.untreeify(map);
            } else {
                tab[index] = loHead;
                if (hiHead != null) {
                    loHead.treeify(tab);
                }
            }
        }
        if (hiHead != null) {
            if (hc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index + bit] = hiHead.untreeify(map);
            } else {
                tab[index + bit] = hiHead;
                if (loHead != null) {
                    hiHead.treeify(tab);
                }
            }
        }
    }

    static <K, V> HashTreeNode<K, V> rotateLeft(HashTreeNode<K, V> root, HashTreeNode<K, V> p) {
        HashTreeNode<K, V> r;
        if (p != null && (r = p.right) != null) {
            HashTreeNode<K, V> rl = r.left;
            p.right = rl;
            if (rl != null) {
                rl.parent = p;
            }
            HashTreeNode<K, V> pp = p.parent;
            r.parent = pp;
            if (pp == null) {
                root = r;
                r.red = false;
            } else if (pp.left == p) {
                pp.left = r;
            } else {
                pp.right = r;
            }
            r.left = p;
            p.parent = r;
        }
        return root;
    }

    static <K, V> HashTreeNode<K, V> rotateRight(HashTreeNode<K, V> root, HashTreeNode<K, V> p) {
        HashTreeNode<K, V> l;
        if (p != null && (l = p.left) != null) {
            HashTreeNode<K, V> lr = l.right;
            p.left = lr;
            if (lr != null) {
                lr.parent = p;
            }
            HashTreeNode<K, V> pp = p.parent;
            l.parent = pp;
            if (pp == null) {
                root = l;
                l.red = false;
            } else if (pp.right == p) {
                pp.right = l;
            } else {
                pp.left = l;
            }
            l.right = p;
            p.parent = l;
        }
        return root;
    }

    /** Restores the red-black properties after inserting red node x; returns the root. */
    static <K, V> HashTreeNode<K, V> balanceInsertion(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        x.red = true;
        while (true) {
            HashTreeNode<K, V> xp = x.parent;
            if (xp == null) {
                x.red = false;
                return x;
            }
            HashTreeNode<K, V> xpp = xp.parent;
            if (!xp.red || xpp == null) {
                return root;
            }
            HashTreeNode<K, V> xppl = xpp.left;
            if (xp == xppl) {
                HashTreeNode<K, V> uncle = xpp.right;
                if (uncle != null && uncle.red) {
                    uncle.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.right) {
                        x = xp;
                        root = rotateLeft(root, x);
                        xp = x.parent;
                        xpp = xp == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                if (xppl != null && xppl.red) {
                    xppl.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.left) {
                        x = xp;
                        root = rotateRight(root, x);
                        xp = x.parent;
                        xpp = xp == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }

    private static boolean isRed(HashTreeNode<?, ?> n) {
        return n != null && n.red;
    }

    /** Restores the red-black properties after removing a black node whose place x took; returns the root. */
    static <K, V> HashTreeNode<K, V> balanceDeletion(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        while (true) {
            if (x == null || x == root) {
                return root;
            }
            HashTreeNode<K, V> xp = x.parent;
            if (xp == null) {
                x.red = false;
                return x;
            }
            if (x.red) {
                x.red = false;
                return root;
            }
            HashTreeNode<K, V> xpl = xp.left;
            if (xpl == x) {
                HashTreeNode<K, V> xpr = xp.right;
                if (isRed(xpr)) {
                    xpr.red = false;
                    xp.red = true;
                    root = rotateLeft(root, xp);
                    xp = x.parent;
                    xpr = xp == null ? null : xp.right;
                }
                if (xpr == null) {
                    x = xp;
                } else {
                    HashTreeNode<K, V> sl = xpr.left;
                    HashTreeNode<K, V> sr = xpr.right;
                    if (!isRed(sr) && !isRed(sl)) {
                        xpr.red = true;
                        x = xp;
                    } else {
                        if (!isRed(sr)) {
                            if (sl != null) {
                                sl.red = false;
                            }
                            xpr.red = true;
                            root = rotateRight(root, xpr);
                            xp = x.parent;
                            xpr = xp == null ? null : xp.right;
                        }
                        if (xpr != null) {
                            xpr.red = xp != null && xp.red;
                            if (xpr.right != null) {
                                xpr.right.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateLeft(root, xp);
                        }
                        x = root;
                    }
                }
            } else {
                if (isRed(xpl)) {
                    xpl.red = false;
                    xp.red = true;
                    root = rotateRight(root, xp);
                    xp = x.parent;
                    xpl = xp == null ? null : xp.left;
                }
                if (xpl == null) {
                    x = xp;
                } else {
                    HashTreeNode<K, V> sl = xpl.left;
                    HashTreeNode<K, V> sr = xpl.right;
                    if (!isRed(sl) && !isRed(sr)) {
                        xpl.red = true;
                        x = xp;
                    } else {
                        if (!isRed(sl)) {
                            if (sr != null) {
                                sr.red = false;
                            }
                            xpl.red = true;
                            root = rotateLeft(root, xpl);
                            xp = x.parent;
                            xpl = xp == null ? null : xp.left;
                        }
                        if (xpl != null) {
                            xpl.red = xp != null && xp.red;
                            if (xpl.left != null) {
                                xpl.left.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateRight(root, xp);
                        }
                        x = root;
                    }
                }
            }
        }
    }
}
