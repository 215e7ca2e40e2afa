// How much of each definition the HTML page shows: to its closing brace.
template <class F> void call(F f, int) { f(); }

void with_lambda() {
  call([] {
    int x = 1;
  },
       2);
}

struct Base {
  explicit Base(int) {}
};
struct Derived : Base {
  Derived(bool b)
      : Base{b ? 1 : 2} {
    int y = b ? 3 : 4;
  }
};
