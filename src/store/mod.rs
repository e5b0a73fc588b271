//! The on-disk index: creating, opening and writing it.

pub mod analyzer;
pub mod schema;
mod writer;

use std::path::{Path, PathBuf};

use tantivy::directory::MmapDirectory;
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::Index;

pub use schema::Fields;
pub use writer::{document, index_corpus, ArticleDocuments, IndexOptions, IndexReport, Progress};

/// Separates speaker and affiliation in the `speaker_key` fast field.
pub const KEY_SEPARATOR: char = '\u{1f}';

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no index at {0} (run `whosaid index PATH...` first, or name one with --index)")]
    Missing(PathBuf),
    #[error("cannot use the index at {path}: {source}")]
    Tantivy { path: PathBuf, source: tantivy::TantivyError },
    #[error("cannot create the index folder {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// An opened index with its field handles and analyzers registered.
pub struct Store {
    pub index: Index,
    pub fields: Fields,
    pub path: PathBuf,
}

impl Store {
    /// Opens an existing index.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if !path.join("meta.json").exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let wrap = |source| StoreError::Tantivy { path: path.to_path_buf(), source };
        let index = Index::open_in_dir(path).map_err(wrap)?;
        Self::from_index(index, path)
    }

    /// Opens the index at `path`, creating it (and the folder) when absent.
    pub fn open_or_create(path: &Path) -> Result<Store, StoreError> {
        if path.join("meta.json").exists() {
            return Self::open(path);
        }
        std::fs::create_dir_all(path)
            .map_err(|source| StoreError::Io { path: path.to_path_buf(), source })?;
        let wrap = |source| StoreError::Tantivy { path: path.to_path_buf(), source };
        let dir = MmapDirectory::open(path).map_err(|e| wrap(e.into()))?;
        // zstd keeps the stored sentences at about a third of their size;
        // 16 KB blocks keep a hit's fetch to microseconds.
        let settings = tantivy::IndexSettings {
            docstore_compression: Compressor::Zstd(ZstdCompressor { compression_level: Some(1) }),
            docstore_blocksize: 16 << 10,
            ..Default::default()
        };
        let index =
            Index::builder().schema(schema::build()).settings(settings).open_or_create(dir).map_err(wrap)?;
        Self::from_index(index, path)
    }

    fn from_index(index: Index, path: &Path) -> Result<Store, StoreError> {
        analyzer::register(&index);
        let fields = Fields::from_schema(&index.schema())
            .map_err(|source| StoreError::Tantivy { path: path.to_path_buf(), source })?;
        Ok(Store { index, fields, path: path.to_path_buf() })
    }
}
