/** Small but real source files of each language, written for the tests. */
export const SOURCES = {
  'src/runner.ts': `import { readFile } from 'node:fs/promises';

export interface Job {
  id: string;
  run(input: string): Promise<void>;
}

export type JobId = string;

export enum Status {
  Idle,
  Busy = 2,
}

export const MAX_JOBS = 4;

export const makeJob = (id: string): Job => ({ id, run: async () => {} });

export class Runner {
  private queue: Job[] = [];
  static instances = 0;

  constructor(readonly name: string) {}

  async run(job: Job): Promise<void> {
    const text = await readFile(job.id, 'utf8');
    await job.run(text);
  }

  private drain(): void {
    this.queue = [];
  }
}

function helper(runner: Runner): number {
  return runner.name.length;
}

export namespace Jobs {
  export function create(): Job {
    return makeJob('x');
  }
}

export { helper };
`,
  'src/view.tsx': `import React from 'react';

export function Button(props: { label: string }) {
  return <button className="btn">{props.label}</button>;
}

export const List = ({ items }: { items: string[] }) => (
  <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>
);
`,
  'lib/util.js': `class Cache {
  constructor() { this.map = new Map(); }
  get(key) { return this.map.get(key); }
}

function load(path, cb) { cb(null, path); }

const DEFAULT_TTL = 60;

exports.createCache = function () { return new Cache(); };
module.exports.load = load;
`,
  'py/service.py': `import os

MAX_RETRIES = 3
default_name = "svc"


class Service:
    retries: int = 0

    def __init__(self, name):
        self.name = name

    async def fetch(self, url: str) -> bytes:
        def inner():
            return url
        return inner().encode()

    def _private(self):
        pass


def build_service(name: str) -> Service:
    return Service(name)
`,
  'go/server.go': `package server

import "net/http"

type Server struct {
	Addr    string
	handler http.Handler
}

type Handler interface {
	Serve(w http.ResponseWriter) error
}

const DefaultAddr = ":8080"

var started = false

func (s *Server) Start() error {
	return http.ListenAndServe(s.Addr, s.handler)
}

func newServer(addr string) *Server {
	return &Server{Addr: addr}
}
`,
  'rs/lib.rs': `pub struct Config {
    pub name: String,
    retries: u32,
}

pub enum Mode {
    Fast,
    Safe(u32),
}

pub trait Loader {
    fn load(&self) -> Config;
}

impl Config {
    pub fn new(name: &str) -> Self {
        Config { name: name.to_string(), retries: 0 }
    }
}

impl Loader for Config {
    fn load(&self) -> Config {
        Config::new(&self.name)
    }
}

mod internal {
    pub fn helper() -> u32 { 1 }
}

pub const LIMIT: u32 = 10;
`,
  'java/App.java': `package app;

public class App {
    private final String name;
    public static final int PORT = 8080;

    public App(String name) {
        this.name = name;
    }

    public void start() {
        System.out.println(name);
    }

    void stop() {}
}

interface Plugin {
    void init(App app);
}

enum Level { LOW, HIGH }
`,
} as const;
