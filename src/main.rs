//! The `whosaid` binary: a thin layer over the library.

mod cli;

// Indexing allocates on one thread and frees on Tantivy's; mimalloc keeps
// that cheap where the system allocator contends on locks.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
