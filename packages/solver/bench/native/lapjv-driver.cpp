// Dense LAPJV (Jonker & Volgenant, "A shortest augmenting path algorithm for dense and sparse
// linear assignment problems", Computing 38, 1987), written for the bench from the paper: column
// reduction with reduction transfer, two passes of augmenting row reduction, then shortest
// augmenting paths with the paper's scan/todo column lists. Reads a square instance (int32 n,
// then n*n float64, row-major) and prints "<solve ms> <total> rows=<free rows left for the
// shortest paths>,scans=<rows scanned by them>"; only the solve is timed.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <vector>

using std::vector;
static const double INF = std::numeric_limits<double>::infinity();

struct Lap {
  int n;
  const double* c;
  vector<int> x, y, freeRows, cols, pred;
  vector<double> v, d;
  long scans = 0;
  int freeCount = 0;
  const double* row(int i) const { return c + (size_t)i * n; }

  int columnReduction() {
    x.assign(n, -1);
    y.assign(n, -1);
    v.assign(n, INF);
    for (int i = 0; i < n; i++) {
      const double* r = row(i);
      for (int j = 0; j < n; j++) if (r[j] < v[j]) { v[j] = r[j]; y[j] = i; }
    }
    vector<char> unique(n, 1);
    for (int j = n - 1; j >= 0; j--) {
      int i = y[j];
      if (x[i] < 0) x[i] = j;
      else { unique[i] = 0; y[j] = -1; }
    }
    int nf = 0;
    freeRows.resize(n);
    for (int i = 0; i < n; i++) {
      if (x[i] < 0) { freeRows[nf++] = i; continue; }
      if (!unique[i]) continue;
      // Reduction transfer: the row's column takes the row's second-best slack.
      int j1 = x[i];
      double mn = INF;
      const double* r = row(i);
      for (int j = 0; j < n; j++) if (j != j1 && r[j] - v[j] < mn) mn = r[j] - v[j];
      v[j1] -= mn;
    }
    return nf;
  }

  int augmentingRowReduction(int count) {
    int k = 0, nf = 0;
    long steps = 0;
    while (k < count) {
      int i = freeRows[k++];
      steps++;
      const double* r = row(i);
      double u1 = r[0] - v[0], u2 = INF;
      int j1 = 0, j2 = -1;
      for (int j = 1; j < n; j++) {
        double h = r[j] - v[j];
        if (h < u2) {
          if (h >= u1) { u2 = h; j2 = j; }
          else { u2 = u1; j2 = j1; u1 = h; j1 = j; }
        }
      }
      int i0 = y[j1];
      bool lowers = u1 < u2;
      // The paper's guard against endless zero-gain exchanges.
      if (steps < (long)k * n) {
        if (lowers) v[j1] -= u2 - u1;
        else if (i0 >= 0 && j2 >= 0) { j1 = j2; i0 = y[j2]; }
        if (i0 >= 0) {
          if (lowers) freeRows[--k] = i0;
          else freeRows[nf++] = i0;
        }
      } else if (i0 >= 0) {
        freeRows[nf++] = i0;
      }
      x[i] = j1;
      y[j1] = i;
    }
    return nf;
  }

  // Dijkstra over reduced costs from row s; cols[0,lo) ready, [lo,hi) scan, [hi,n) todo.
  int findPath(int s) {
    for (int j = 0; j < n; j++) { cols[j] = j; pred[j] = s; d[j] = row(s)[j] - v[j]; }
    int lo = 0, hi = 0, ready = 0, end = -1;
    double mind = 0;
    while (end < 0) {
      if (lo == hi) {
        ready = lo;
        hi = lo + 1;
        mind = d[cols[lo]];
        for (int k = hi; k < n; k++) {
          int j = cols[k];
          if (d[j] <= mind) {
            if (d[j] < mind) { hi = lo; mind = d[j]; }
            cols[k] = cols[hi];
            cols[hi++] = j;
          }
        }
        for (int k = lo; k < hi; k++) if (y[cols[k]] < 0) end = cols[k];
        if (end >= 0) break;
      }
      int j0 = cols[lo++];
      int i = y[j0];
      scans++;
      const double* r = row(i);
      double h = r[j0] - v[j0] - mind;
      for (int k = hi; k < n; k++) {
        int j = cols[k];
        double red = r[j] - v[j] - h;
        if (red < d[j]) {
          d[j] = red;
          pred[j] = i;
          if (red == mind) {
            if (y[j] < 0) { end = j; break; }
            cols[k] = cols[hi];
            cols[hi++] = j;
          }
        }
      }
    }
    for (int k = 0; k < ready; k++) { int j = cols[k]; v[j] += d[j] - mind; }
    return end;
  }

  void solve() {
    cols.resize(n); pred.resize(n); d.resize(n);
    int nf = columnReduction();
    for (int pass = 0; pass < 2 && nf > 0; pass++) nf = augmentingRowReduction(nf);
    freeCount = nf;
    for (int f = 0; f < nf; f++) {
      int s = freeRows[f];
      int j = findPath(s);
      while (true) {
        int i = pred[j];
        y[j] = i;
        int next = x[i];
        x[i] = j;
        if (i == s) break;
        j = next;
      }
    }
  }
};

int main(int argc, char** argv) {
  if (argc < 2) { std::fprintf(stderr, "usage: lapjv-driver instance.bin\n"); return 2; }
  FILE* f = std::fopen(argv[1], "rb");
  if (!f) { std::perror(argv[1]); return 2; }
  int n;
  if (std::fread(&n, 4, 1, f) != 1) return 2;
  vector<double> c((size_t)n * n);
  if (std::fread(c.data(), 8, c.size(), f) != c.size()) return 2;
  std::fclose(f);
  Lap lap;
  lap.n = n;
  lap.c = c.data();
  auto t0 = std::chrono::steady_clock::now();
  lap.solve();
  auto t1 = std::chrono::steady_clock::now();
  double total = 0;
  for (int i = 0; i < n; i++) total += c[(size_t)i * n + lap.x[i]];
  std::printf("%.3f %.17g rows=%d,scans=%ld\n", std::chrono::duration<double, std::milli>(t1 - t0).count(), total, lap.freeCount, lap.scans);
  return 0;
}
