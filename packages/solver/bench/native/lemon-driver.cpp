// LEMON 1.3 NetworkSimplex on a staffing instance, built as the same min-cost flow as
// assembly/staff.ts: person (supply 1) → project (cap 1, cost -score), person → unassigned (cap 1),
// project → sink with [min, max] as lower bound and capacity, unassigned → sink. Reads int32
// people, projects, edges, then mins[projects], maxs[projects], person[edges], project[edges]
// (int32) and score[edges] (float64); prints "<run() ms> <total score> <status>".
#include <chrono>
#include <cstdio>
#include <vector>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

using namespace lemon;

template <class T>
static bool readAll(FILE* f, std::vector<T>& out, size_t n) {
  out.resize(n);
  return std::fread(out.data(), sizeof(T), n, f) == n;
}

int main(int argc, char** argv) {
  if (argc < 2) { std::fprintf(stderr, "usage: lemon-driver instance.bin\n"); return 2; }
  FILE* f = std::fopen(argv[1], "rb");
  if (!f) { std::perror(argv[1]); return 2; }
  int head[3];
  if (std::fread(head, 4, 3, f) != 3) return 2;
  const int people = head[0], projects = head[1], edges = head[2];
  std::vector<int> mins, maxs, person, project;
  std::vector<double> score;
  if (!readAll(f, mins, projects) || !readAll(f, maxs, projects) || !readAll(f, person, edges) ||
      !readAll(f, project, edges) || !readAll(f, score, edges)) return 2;
  std::fclose(f);

  SmartDigraph g;
  g.reserveNode(people + projects + 2);
  g.reserveArc(edges + people + projects + 1);
  std::vector<SmartDigraph::Node> node(people + projects + 2);
  for (auto& u : node) u = g.addNode();
  const int U = people + projects, T = U + 1;
  SmartDigraph::ArcMap<int> lower(g, 0), upper(g, 0);
  SmartDigraph::ArcMap<double> cost(g, 0);
  SmartDigraph::NodeMap<int> supply(g, 0);
  std::vector<SmartDigraph::Arc> edgeArc(edges);
  for (int e = 0; e < edges; e++) {
    auto a = g.addArc(node[person[e]], node[people + project[e]]);
    upper[a] = 1;
    cost[a] = -score[e];
    edgeArc[e] = a;
  }
  for (int p = 0; p < people; p++) {
    auto a = g.addArc(node[p], node[U]);
    upper[a] = 1;
    supply[node[p]] = 1;
  }
  for (int q = 0; q < projects; q++) {
    auto a = g.addArc(node[people + q], node[T]);
    lower[a] = mins[q];
    upper[a] = maxs[q] < people ? maxs[q] : people;
  }
  auto a = g.addArc(node[U], node[T]);
  upper[a] = people;
  supply[node[T]] = -people;

  NetworkSimplex<SmartDigraph, int, double> ns(g);
  ns.lowerMap(lower).upperMap(upper).costMap(cost).supplyMap(supply);
  auto t0 = std::chrono::steady_clock::now();
  auto status = ns.run();
  auto t1 = std::chrono::steady_clock::now();
  double total = 0;
  if (status == NetworkSimplex<SmartDigraph, int, double>::OPTIMAL) {
    for (int e = 0; e < edges; e++) if (ns.flow(edgeArc[e]) > 0) total += score[e];
  }
  std::printf("%.3f %.17g %s\n", std::chrono::duration<double, std::milli>(t1 - t0).count(), total,
              status == NetworkSimplex<SmartDigraph, int, double>::OPTIMAL ? "optimal" : "not-optimal");
  return 0;
}
