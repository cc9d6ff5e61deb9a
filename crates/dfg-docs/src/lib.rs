//! PDF documents for DFG Casework.
